#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVector>
#include <string>

namespace Tilmech {

// The keys of a locale strings file in file order, depth first, with where each key and value
// is written: what Catalog builds itself from. Two readers give the same list:
// - SubsetYaml, a scanner of the plain YAML that locale files are written in (block maps of
//   plain, quoted and literal scalars), which declines anything else;
// - yaml-cpp, which reads all of YAML and says where a file is not valid.
// read() tries the scanner first: yaml-cpp spends about 90 ms on an 800 KiB catalog, nearly
// all of it in its tokenizer, and a site of twenty languages loads twenty of them.
class CatalogYaml
{
public:
    struct Key
    {
        enum Kind : quint8
        {
            Map,
            Scalar,
            Null,
            Other // a sequence or anything else that is no string
        };
        std::string name;
        std::string value;       // for Scalar
        qsizetype keyPos = 0;    // in the text read (after a byte order mark)
        qsizetype valuePos = -1; // where yaml-cpp marks the value
        int keyLine = 0;         // 0-based
        int depth = 0;           // 0 for root keys (the language)
        Kind kind = Null;
    };

    struct Result
    {
        enum Status
        {
            Keys,     // keys holds the document's keys
            Empty,    // no document, or a null one
            NotMap,   // the document is no map
            Invalid,  // not YAML: error, errorLine and errorColumn say why and where
            TooLarge, // aliases expand past the limits (at errorLine)
            Declined  // SubsetYaml only: the text is outside the subset
        };
        Status status = Declined;
        QVector<Key> keys;
        QString error;
        int errorLine = 0; // 0-based, as yaml-cpp counts
        int errorColumn = 0;
    };

    // What keeps a file of aliases from exhausting memory: the keys and the bytes (keys and
    // values) of the flattened strings.
    struct Limits
    {
        qsizetype keys = 0;
        qsizetype textBytes = 0;
    };

    static Result read(QByteArrayView text, Limits limits);
    static Result readWithYamlCpp(QByteArrayView text, Limits limits);
};

} // namespace Tilmech
