#include "core/agent/agentconfig.h"

#include <QFile>

#include "core/io/didyoumean.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

Result<AgentConfig> AgentConfig::read(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error {tr("cannot read the configuration %1: %2").arg(file, f.errorString()), file};
    return parse(f.read(1 << 20), file);
}

Result<AgentConfig> AgentConfig::parse(const QByteArray &text, const QString &file)
{
    static const QStringList keys {
        u"dir"_s, u"state-dir"_s, u"listen"_s, u"node"_s, u"dataplane"_s, u"max-request-bytes"_s};
    AgentConfig config;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto error = [&](const QString &message) {
            Error e {message, file, lineNumber, 1};
            return e;
        };
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return error(tr("expected 'key = value', got '%1'").arg(line.left(80)));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (!keys.contains(key)) {
            QString message = tr("unknown key '%1'").arg(key.left(80));
            if (const QString best = didYouMean(key, keys); !best.isEmpty())
                message += tr(" (did you mean '%1'?)").arg(best);
            return error(message + tr("; keys: %1").arg(keys.join(u", "_s)));
        }
        if (key == u"dir") {
            config.dir = value;
        } else if (key == u"state-dir") {
            config.stateDir = value;
        } else if (key == u"listen") {
            config.listen = value;
        } else if (key == u"node") {
            config.node = value;
        } else if (key == u"dataplane") {
            if (value != u"iptables" && value != u"nft")
                return error(tr("dataplane must be iptables or nft, got '%1'").arg(value.left(80)));
            config.dataplane = value;
        } else {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 1024)
                return error(tr("max-request-bytes must be a number of bytes, at least 1024, got "
                                "'%1'")
                                 .arg(value.left(80)));
            config.maxRequestBytes = n;
        }
    }
    return config;
}

} // namespace ps
