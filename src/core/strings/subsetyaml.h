#pragma once

#include "strings/catalogyaml.h"

namespace Tilmech {

// A fast reader of the YAML that locale files are written in, giving exactly what yaml-cpp
// gives for it (values, and the positions yaml-cpp marks), or declining:
// - an optional "---" line, then block maps of "key: value" lines, indented with spaces;
// - keys plain or quoted on one line;
// - values plain (over several lines too), 'single' or "double" quoted (with YAML's
//   escapes and line folding), literal blocks (|, |-, |+), or nothing;
// - comments on lines of their own and after values.
// Anything else (anchors, aliases, tags, flow collections, sequences, folded blocks, tabs,
// carriage returns, several documents, and every error) makes it decline, and yaml-cpp
// reads the file instead. The tests and the catalog fuzzer hold the two readers equal.
class SubsetYaml
{
public:
    static CatalogYaml::Result read(QByteArrayView text);
};

} // namespace Tilmech
