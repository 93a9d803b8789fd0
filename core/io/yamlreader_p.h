#pragma once
// YamlReader: runs libyaml's event parser over a UTF-8 text, one document at a time, into a
// YamlTree. libyaml is the C parser that the Go YAML library kubectl and calicoctl use was
// ported from, so what it accepts and how it words a problem are what Calico's own tools
// say; it is also over ten times faster than yaml-cpp. A parse error becomes a YamlError with
// the byte offset of the problem. Nesting deeper than kMaxDepth is refused. Valid JSON that
// libyaml refuses is read by readJsonTree() instead. Private to core/io.

#include <memory>
#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "core/io/yamltree_p.h"

namespace ps {

struct YamlError {
    QString message; // complete, translated
    qsizetype offset = 0; // byte offset in the text
};

class YamlReader {
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    static constexpr int kMaxDepth = 200;

    /// `text` must stay alive and unchanged while the reader is used.
    explicit YamlReader(QByteArrayView text);
    ~YamlReader();
    YamlReader(const YamlReader &) = delete;
    YamlReader &operator=(const YamlReader &) = delete;

    /// Parses the next document into `tree`. False at the end of the text or on an error
    /// (then error() is set and the reader stops).
    bool next(YamlTree &tree);
    const std::optional<YamlError> &error() const { return m_error; }

private:
    struct Impl;
    QString parserErrorMessage();
    int parserErrorOffset();
    bool atEnd(int offset) const;

    QByteArrayView m_text;
    std::unique_ptr<Impl> m_impl;
    std::optional<YamlError> m_error;
    bool m_done = false;
    int m_documents = 0; // returned by next()
};

} // namespace ps
