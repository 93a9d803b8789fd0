// libFuzzer target for the node agent's request handling (AgentService::handle, the function
// the agent's HTTPS server hands every request to). The input is read as a request: a first
// line "METHOD PATH", header lines "Name: value" up to an empty line, then the body. The
// agent's dataplane programs do not exist here, so nothing can reach a kernel: every apply
// fails. Checks: the answer is one of the API's statuses with a JSON body; without the right
// token it is 401; the generation never moves; the log never holds the token.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QJsonDocument>
#include <QTemporaryDir>

#include "core/agent/agentservice.h"
#include "core/agent/nodeagent.h"

using namespace ps;

namespace {

const QByteArray kToken = "fuzz-token-0123456789abcdef";

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Agent {
    Agent()
    {
        NodeAgentOptions o;
        o.node = QStringLiteral("node-a");
        o.stateDir = dir.path();
        const QString missing = dir.path() + QStringLiteral("/missing/");
        o.commands.ipset = missing + QStringLiteral("ipset");
        o.commands.iptablesRestore = missing + QStringLiteral("iptables-restore");
        o.commands.iptablesSave = missing + QStringLiteral("iptables-save");
        o.commands.nft = missing + QStringLiteral("nft");
        agent = std::make_unique<NodeAgent>(o);
        check(agent->start().ok());
        service = std::make_unique<AgentService>(*agent, kToken, 1 << 20);
    }
    QTemporaryDir dir;
    std::unique_ptr<NodeAgent> agent;
    std::unique_ptr<AgentService> service;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Agent agent;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    AgentRequest request;
    request.peer = QStringLiteral("fuzz");
    qsizetype at = input.indexOf('\n');
    const QByteArray first = input.left(at < 0 ? input.size() : at);
    request.method = first.split(' ').value(0);
    request.path = first.split(' ').value(1);
    bool authorized = false;
    while (at >= 0) {
        const qsizetype next = input.indexOf('\n', at + 1);
        const QByteArray line = input.mid(at + 1, next < 0 ? -1 : next - at - 1);
        at = next;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    for (const auto &[name, value] : request.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            authorized = value.trimmed() == "Bearer " + kToken;
            break;
        }
    }
    request.body = at >= 0 ? input.mid(at + 1) : QByteArray();

    const AgentResponse r = agent.service->handle(request);
    static const QList<int> statuses {200, 400, 401, 404, 405, 409, 413, 500};
    check(statuses.contains(r.status));
    check(!QJsonDocument::fromJson(r.body).isNull());
    check(authorized || r.status == 401);
    check(agent.agent->state().generation == 0);
    check(!r.log.contains(QString::fromLatin1(kToken)));
    return 0;
}
