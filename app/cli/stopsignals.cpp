#include "app/cli/stopsignals.h"

#include <atomic>
#include <csignal>

namespace ps::cli {

namespace {

// Written from the handler: a lock-free atomic is safe there.
std::atomic<int> g_caught {0};
static_assert(std::atomic<int>::is_always_lock_free);

struct sigaction g_previousInt = {};
struct sigaction g_previousTerm = {};

void onSignal(int number)
{
    g_caught.store(number);
}

} // namespace

StopSignals::StopSignals()
{
    g_caught.store(0);
    struct sigaction action = {};
    action.sa_handler = &onSignal;
    action.sa_flags = SA_RESETHAND; // the second one is not caught
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

StopSignals::~StopSignals()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

int StopSignals::caught()
{
    return g_caught.load();
}

} // namespace ps::cli
