// libFuzzer target for the policy-hit string parser (core/flows/policyhit.h), both grammars:
// arbitrary text must either parse or give a message; a parsed hit has a name unless it is an
// end of tier, a rule index only when it is known and not an end of tier, and parsing is a
// function of the text alone.
// Links policycore and Qt6::Core.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QString>

#include "core/flows/policyhit.h"

using namespace ps;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<PolicyHit> hit = parsePolicyHitString(text);
    const Result<PolicyHit> again = parsePolicyHitString(text);
    check(hit.ok() == again.ok());
    if (!hit.ok()) {
        check(!hit.error().message.isEmpty());
        return 0;
    }
    check(*hit == *again);
    check(hit->index >= 0);
    check(hit->endOfTier || !hit->name.isEmpty());
    check(!(hit->endOfTier && hit->rule.has_value()));
    check(!hit->rule || *hit->rule >= 0);
    check(hit->kind != HitKind::Profile || hit->tier.isEmpty());
    return 0;
}
