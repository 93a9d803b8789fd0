#include "core/flows/whiskersource.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/http/httpclient.h"

namespace ps {

namespace {

// The longest error body kept from a stream (an event stream's error is one small JSON object).
constexpr qsizetype kMaxErrorBody = qsizetype(64) * 1024;

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// The backend's {"error": "..."}, or the start of the body.
QString errorOf(const QByteArray &body)
{
    const QString message
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message;
}

} // namespace

bool isWhiskerUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("http://"))
        || text.startsWith(QStringLiteral("https://"));
}

QByteArray whiskerFlowsUrl(const WhiskerSource &source)
{
    QByteArray url = withoutTrailingSlash(source.url).toUtf8() + "/flows";
    QByteArrayList query;
    if (source.sinceSeconds > 0)
        query.append("startTimeGte=" + QByteArray::number(-source.sinceSeconds));
    if (source.watchSeconds > 0)
        query.append("watch=true");
    if (!query.isEmpty())
        url += '?' + query.join('&');
    return url;
}

QByteArray whiskerStreamUrl(const WhiskerSource &source, qint64 startTimeGte)
{
    return withoutTrailingSlash(source.url).toUtf8()
        + "/flows?startTimeGte=" + QByteArray::number(startTimeGte) + "&watch=true";
}

HttpRequest whiskerRequest(
    const WhiskerSource &source, const QByteArray &url, const QByteArray &accept)
{
    HttpRequest request;
    request.url = url;
    request.protocols = "http,https";
    request.caFile = source.caFile;
    request.certFile = source.certFile;
    request.keyFile = source.keyFile;
    request.headers = {"Accept: " + accept};
    if (!source.token.isEmpty())
        request.headers.append("Authorization: Bearer " + source.token);
    return request;
}

Result<QByteArray> WhiskerClient::fetch(
    const WhiskerSource &source, const std::function<bool(qint64 bytes)> &progress)
{
    if (!isWhiskerUrl(source.url))
        return Error {
            tr("a Whisker backend's URL starts with http:// or https:// (got %1)").arg(source.url)};
    HttpRequest request
        = whiskerRequest(source, whiskerFlowsUrl(source), "application/json, text/event-stream");
    const QString where = QString::fromUtf8(request.url);

    if (source.watchSeconds <= 0) {
        request.timeoutSeconds = source.timeoutSeconds;
        const HttpReply reply = performHttp(request);
        if (reply.failure != HttpReply::Failure::None)
            return Error {tr("cannot read flows from %1: %2").arg(where, reply.error)};
        if (reply.status != 200)
            return Error {tr("the Whisker backend at %1 answered HTTP %2: %3")
                              .arg(where)
                              .arg(reply.status)
                              .arg(errorOf(reply.body))};
        if (progress && !progress(reply.body.size()))
            return Error {tr("cancelled")};
        return reply.body;
    }

    // The stream: keep whole lines, and only the data lines (FlowLogReader reads them); the
    // rest is kept (bounded) in case the backend answered an error instead of a stream.
    request.timeoutSeconds = source.watchSeconds;
    QByteArray data;
    QByteArray partial;
    QByteArray other;
    qint64 bytes = 0;
    const HttpReply reply = streamHttp(request, [&](QByteArrayView chunk) {
        bytes += chunk.size();
        partial.append(chunk.data(), chunk.size());
        qsizetype start = 0;
        for (qsizetype end = partial.indexOf('\n'); end >= 0; end = partial.indexOf('\n', start)) {
            const QByteArrayView line = QByteArrayView(partial).sliced(start, end - start + 1);
            if (line.startsWith("data:"))
                data.append(line.data(), line.size());
            else if (other.size() < kMaxErrorBody)
                other.append(line.data(), line.size());
            start = end + 1;
        }
        partial.remove(0, start);
        return !progress || progress(bytes);
    });
    switch (reply.failure) {
    case HttpReply::Failure::None: // the backend ended the stream
    case HttpReply::Failure::TimedOut: // read as long as asked
    case HttpReply::Failure::Stopped:
        break;
    case HttpReply::Failure::NoReply:
    case HttpReply::Failure::Other:
        return Error {tr("cannot read flows from %1: %2").arg(where, reply.error)};
    }
    if (reply.status != 200)
        return Error {tr("the Whisker backend at %1 answered HTTP %2: %3")
                          .arg(where)
                          .arg(reply.status)
                          .arg(errorOf(other + partial))};
    return data;
}

} // namespace ps
