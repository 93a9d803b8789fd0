#pragma once
// TextCheck: the cheap checks that run before a file is handed to the YAML parser — binary
// content, invalid UTF-8, control characters — and the conversion of a byte offset into a
// 1-based line and column (in characters). Private to core/io.

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "core/model/source.h"

namespace ps {

struct TextProblem {
    QString message;
    qsizetype offset = 0; // byte offset of the first offending byte
};

class TextCheck {
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    /// UTF-16 and UTF-32 files (recognised by their byte order mark) converted to UTF-8; a
    /// UTF-8 byte order mark removed. Other input is returned unchanged (shared, no copy).
    static QByteArray normalised(const QByteArray &bytes);

    /// The first reason the bytes are not YAML text, or nullopt. `ascii` (optional) is set to
    /// true when every byte is below 0x80, which lets columns be computed from byte counts.
    static std::optional<TextProblem> check(QByteArrayView text, bool *ascii = nullptr);

    /// 1-based line and column (counted in characters) of a byte offset.
    static SourcePos position(QByteArrayView text, qsizetype offset);
};

} // namespace ps
