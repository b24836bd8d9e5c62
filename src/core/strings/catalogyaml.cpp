#include "strings/catalogyaml.h"

#include "strings/subsetyaml.h"

#include <yaml-cpp/yaml.h>

namespace Tilmech {

namespace {

CatalogYaml::Key keyOf(const YAML::Node &keyNode, const YAML::Node &valueNode, int depth)
{
    CatalogYaml::Key key;
    key.name = keyNode.as<std::string>(std::string());
    key.keyPos = keyNode.Mark().pos;
    key.keyLine = keyNode.Mark().line;
    key.valuePos = valueNode.Mark().pos;
    key.depth = depth;
    if (valueNode.IsMap()) {
        key.kind = CatalogYaml::Key::Map;
    } else if (valueNode.IsNull()) {
        key.kind = CatalogYaml::Key::Null;
    } else if (valueNode.IsScalar()) {
        key.kind = CatalogYaml::Key::Scalar;
        key.value = valueNode.Scalar();
    } else {
        key.kind = CatalogYaml::Key::Other;
    }
    return key;
}

// The keys under the first root key, depth first with an explicit stack. yaml-cpp shares the
// nodes an alias points to; this walk copies them, so a few aliases of aliases can stand for
// billions of keys: it counts what it makes and stops at the limits.
bool walk(const YAML::Node &rootValue, CatalogYaml::Limits limits, CatalogYaml::Result &result)
{
    struct Frame
    {
        YAML::const_iterator it;
        YAML::const_iterator end;
        qsizetype prefixSize;
    };
    QVector<Frame> stack{{rootValue.begin(), rootValue.end(), 0}};
    qsizetype keys = 0;
    qsizetype bytes = 0;
    qsizetype lastWritten = -1; // the furthest key in the file: keys an alias repeats lie
                                // before it
    int lastWrittenLine = result.keys.constFirst().keyLine;
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        if (frame.it == frame.end) {
            stack.removeLast();
            continue;
        }
        const YAML::Node keyNode = frame.it->first;
        const YAML::Node valueNode = frame.it->second;
        ++frame.it;
        CatalogYaml::Key key = keyOf(keyNode, valueNode, int(stack.size()));
        if (key.keyPos > lastWritten) {
            lastWritten = key.keyPos;
            lastWrittenLine = key.keyLine;
        }
        const qsizetype fullKeySize = frame.prefixSize + qsizetype(key.name.size());
        ++keys;
        bytes += fullKeySize + qsizetype(key.value.size());
        if (keys > limits.keys || bytes > limits.textBytes) {
            result.status = CatalogYaml::Result::TooLarge;
            result.errorLine = lastWrittenLine;
            return false;
        }
        const bool isMap = key.kind == CatalogYaml::Key::Map;
        result.keys.append(std::move(key));
        if (isMap)
            stack.append({valueNode.begin(), valueNode.end(), fullKeySize + 1});
    }
    return true;
}

} // namespace

CatalogYaml::Result CatalogYaml::read(QByteArrayView text, Limits limits)
{
    Result subset = SubsetYaml::read(text);
    if (subset.status != Result::Declined)
        return subset;
    return readWithYamlCpp(text, limits);
}

CatalogYaml::Result CatalogYaml::readWithYamlCpp(QByteArrayView text, Limits limits)
{
    Result result;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.data(), size_t(text.size())));
    } catch (const YAML::Exception &e) {
        result.status = Result::Invalid;
        result.error = QString::fromStdString(e.msg);
        result.errorLine = e.mark.line;
        result.errorColumn = e.mark.column;
        return result;
    }
    if (root.IsNull()) {
        result.status = Result::Empty;
        return result;
    }
    if (!root.IsMap()) {
        result.status = Result::NotMap;
        return result;
    }
    result.status = Result::Keys;
    bool first = true;
    for (const auto &top : root) {
        result.keys.append(keyOf(top.first, top.second, 0));
        if (first && top.second.IsMap() && !walk(top.second, limits, result))
            return result;
        first = false;
    }
    return result;
}

} // namespace Tilmech
