#pragma once
// StopSignals: while one is alive, SIGINT and SIGTERM do not end policyctl but set a flag that a
// command running until stopped (flows explain --follow) checks, so it can print its summary and
// exit cleanly. A second signal ends the process as usual; the previous handlers come back when
// it goes. One at a time per process.

namespace ps::cli {

class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    /// Whether SIGINT or SIGTERM came; its number, or 0.
    static int caught();
};

} // namespace ps::cli
