#include "core/push/curlrequest_p.h"

#include "core/http/httpclient.h"

namespace ps {

CurlReply performCurl(const CurlRequest &request)
{
    HttpRequest http;
    http.url = request.url;
    http.method = request.method;
    http.body = request.body;
    http.headers = request.headers;
    http.protocols = request.protocols;
    http.caFile = request.caFile;
    http.certFile = request.certFile;
    http.keyFile = request.keyFile;
    http.timeoutSeconds = request.timeoutSeconds;
    HttpReply answer = performHttp(http);
    CurlReply reply;
    switch (answer.failure) {
    case HttpReply::Failure::None:
        reply.code = CURLE_OK;
        break;
    case HttpReply::Failure::NoReply:
        reply.code = CURLE_GOT_NOTHING;
        break;
    case HttpReply::Failure::TimedOut:
        reply.code = CURLE_OPERATION_TIMEDOUT;
        break;
    case HttpReply::Failure::Stopped:
    case HttpReply::Failure::Other:
        reply.code = CURLE_COULDNT_CONNECT;
        break;
    }
    reply.error = answer.error;
    reply.status = answer.status;
    reply.body = std::move(answer.body);
    return reply;
}

} // namespace ps
