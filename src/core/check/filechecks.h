#pragma once

#include <QCoreApplication>

namespace Tilmech {

class CheckContext;
struct Page;
struct PageFile;

// The files themselves: problems found while reading them (invalid UTF-8, front matter that
// is not a map, YAML errors), translations whose English page is gone or has another
// extension, line ends that differ from the English file, and front matter keys and values
// that differ from the English page (only the title is translatable).
class FileChecks
{
    Q_DECLARE_TR_FUNCTIONS(FileChecks)

public:
    static void run(CheckContext &context, const Page *page, const PageFile &file);
};

} // namespace Tilmech
