#include "core/io/writer.h"

namespace ps {

QByteArray Writer::write(const Workspace &, OutputFormat) const { return QByteArray(); }

QByteArray Writer::write(const CalicoPolicy &, OutputFormat) const { return QByteArray(); }

} // namespace ps
