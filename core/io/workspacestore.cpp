#include "core/io/workspacestore.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "core/io/documentpatch_p.h"
#include "core/io/resourcekind_p.h"
#include "core/io/writer.h"

namespace ps {

namespace {

// forEachResourceList's lists.
const int kListCount = [] {
    int n = 0;
    forEachResourceList([&n](auto) { ++n; });
    return n;
}();

/// Files that can be written back: not embedded resources, not standard input.
bool isDiskFile(const LoadedFile &file)
{
    return !file.fingerprint.isNull() && !file.name.startsWith(u':');
}

bool isJsonFile(const QString &file)
{
    return file.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
}

qsizetype lineStart(const QByteArray &text, qsizetype at)
{
    while (at > 0 && text[at - 1] != '\n')
        --at;
    return at;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// True when [begin, end) holds more than blank lines, comments and document markers.
bool hasContent(QByteArrayView text)
{
    for (qsizetype from = 0; from < text.size();) {
        qsizetype newline = text.indexOf('\n', from);
        if (newline < 0)
            newline = text.size();
        QByteArrayView line = text.sliced(from, newline - from).trimmed();
        from = newline + 1;
        if (line.startsWith("---") || line.startsWith("..."))
            line = line.sliced(3).trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            return true;
    }
    return false;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// A file name for a new resource: its name with the characters a file name cannot hold
/// replaced.
QString fileNameFor(const QString &name)
{
    QString out = name.isEmpty() ? QStringLiteral("resource") : name;
    for (QChar &c : out) {
        if (c == u'/' || c == u'\\' || c == u':' || c.isSpace()
            || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (out.startsWith(u'.'))
        out.prepend(u'_');
    return out + QStringLiteral(".yaml");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The plan

QStringList WritePlan::describe() const
{
    QStringList lines;
    for (const FileWrite &write : writes) {
        QStringList parts;
        for (const DocumentChange &c : write.changes) {
            const QString what = kindDisplayName(c.kind) + u' ' + c.name;
            const QString at = c.line > 0 ? tr(" (line %1)").arg(c.line) : QString();
            switch (c.type) {
            case DocumentChange::Type::Added:
                parts << tr("added %1").arg(what);
                break;
            case DocumentChange::Type::Changed:
                parts << tr("changed %1%2").arg(what, at);
                break;
            case DocumentChange::Type::Removed:
                parts << tr("removed %1%2").arg(what, at);
                break;
            case DocumentChange::Type::KeptAsWritten:
                parts << tr("kept %1%2 as written").arg(what, at);
                break;
            }
        }
        lines << (write.create ? tr("create %1: %2") : tr("write %1: %2"))
                     .arg(write.file, parts.join(QStringLiteral(", ")));
    }
    return lines;
}

QHash<ResourceId, Source> WritePlan::writtenSources(qsizetype write) const
{
    const LoadResult &reread = m_reread[write];
    QHash<ResourceId, Source> sources;
    int list = 0;
    forEachResourceList([&](auto member) {
        const auto &resources = reread.workspace.data().*member;
        const QList<ResourceId> &ids = m_order[write][list];
        for (qsizetype i = 0; i < resources.size() && i < ids.size(); ++i) {
            Source s = resources[i].source;
            s.id = ids[i];
            sources.insert(ids[i], s);
        }
        ++list;
    });
    return sources;
}

Workspace WritePlan::writtenWorkspace() const
{
    QHash<ResourceId, Source> sources;
    for (qsizetype w = 0; w < writes.size(); ++w)
        sources.insert(writtenSources(w));
    return m_workspace.edited([&](WorkspaceData &d) {
        forEachResourceList([&](auto member) {
            for (auto &r : d.*member) {
                const auto s = sources.constFind(r.source.id);
                if (s != sources.cend())
                    r.source = *s;
            }
        });
    });
}

Diagnostics WritePlan::writtenDiagnostics() const
{
    Diagnostics out;
    for (const LoadResult &reread : m_reread)
        out += reread.diagnostics;
    return out;
}

std::optional<WritePlan::Written> WritePlan::written(ResourceId id) const
{
    for (qsizetype w = 0; w < writes.size(); ++w) {
        const QHash<ResourceId, Source> sources = writtenSources(w);
        const auto s = sources.constFind(id);
        if (s == sources.cend())
            continue;
        const QByteArray &text = m_reread[w].loadedFiles.value(0).text;
        if (s->begin < 0 || s->end > text.size())
            return std::nullopt;
        const QByteArray document = text.sliced(s->begin, s->end - s->begin);
        return Written {*s, document, s->pos.line + int(document.count('\n'))};
    }
    return std::nullopt;
}

/// What one plan does to one file.
struct WorkspaceStore::Actions {
    QHash<ResourceId, QByteArray> replace; // the new text of changed resources
    QSet<ResourceId> remove;
    WorkspaceData added; // resources that were not in a file, in the order given
    QList<DocumentChange> changes;
    bool touched = false; // the file must be composed (a change, a removal or an addition)
    bool edited = false; // ... and not only to write resources in the Writer's form
};

WorkspaceStore::WorkspaceStore() = default;

WorkspaceStore::WorkspaceStore(const LoadResult &loaded)
    : m_saved(loaded.workspace), m_files(loaded.loadedFiles)
{
    index();
}

void WorkspaceStore::index()
{
    m_fileIndex.clear();
    for (qsizetype i = 0; i < m_files.size(); ++i)
        m_fileIndex.insert(m_files[i].name, i);
    m_placed.clear();
    m_byFile.clear();
    int list = 0;
    forEachResourceList([&](auto member) {
        const auto &resources = m_saved.data().*member;
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const auto &r = resources[i];
            m_placed.insert(
                r.source.id, Placed {list, i, resourceKindOf(r), displayName(r), r.source});
            if (m_fileIndex.contains(r.source.file) && r.source.begin >= 0)
                m_byFile[r.source.file].append(r.source.id);
        }
        ++list;
    });
    for (QList<ResourceId> &ids : m_byFile) {
        std::sort(ids.begin(), ids.end(), [this](ResourceId a, ResourceId b) {
            return m_placed[a].source.begin < m_placed[b].source.begin;
        });
    }
}

const LoadedFile *WorkspaceStore::loadedFile(const QString &name) const
{
    const auto it = m_fileIndex.find(name);
    return it == m_fileIndex.end() ? nullptr : &m_files[*it];
}

Result<WritePlan> WorkspaceStore::plan(const Workspace &current, const PlanOptions &options) const
{
    return makePlan(current, options, {});
}

Result<WritePlan> WorkspaceStore::planSaveAs(const Workspace &current, const QString &file) const
{
    PlanOptions options;
    options.newResourcesFile = file;
    return makePlan(current, options, file);
}

Result<WritePlan> WorkspaceStore::makePlan(
    const Workspace &current, const PlanOptions &options, const QString &saveAs) const
{
    const Writer writer;
    QHash<QString, Actions> actions;
    std::optional<Error> refused;

    QString folder = options.folder;
    if (folder.isEmpty()) {
        for (const LoadedFile &f : m_files) {
            if (isDiskFile(f)) {
                folder = QFileInfo(f.name).path();
                break;
            }
        }
    }

    // What happens to each resource.
    QSet<ResourceId> present;
    forEachResourceList([&](auto member) {
        for (const auto &r : current.data().*member) {
            if (refused)
                return;
            const auto placed = m_placed.constFind(r.source.id);
            const LoadedFile *file
                = placed == m_placed.cend() ? nullptr : loadedFile(placed->source.file);
            if (!file || placed->source.begin < 0) {
                QString target = options.newResourcesFile;
                // A resource that names a loaded file (a copy, a restored one) goes there.
                if (const LoadedFile *own = loadedFile(r.source.file);
                    target.isEmpty() && own && isDiskFile(*own))
                    target = own->name;
                if (target.isEmpty()) {
                    if (folder.isEmpty()) {
                        refused
                            = Error {tr("%1 %2 has no file to be saved to; choose one")
                                         .arg(kindDisplayName(resourceKindOf(r)), displayName(r))};
                        return;
                    }
                    target = QDir(folder).filePath(fileNameFor(r.meta.name));
                }
                Actions &a = actions[target];
                (a.added.*member).append(r);
                a.changes.append({DocumentChange::Type::Added, resourceKindOf(r), displayName(r),
                    r.source.id, 0, {}});
                a.touched = true;
                a.edited = true;
                continue;
            }
            present.insert(r.source.id);
            const auto &saved = (m_saved.data().*member)[placed->index];
            const bool changed = !(r == saved);
            if (!changed && !options.rewriteAll && saveAs.isEmpty())
                continue;
            if (!changed && !saveAs.isEmpty())
                continue; // copied as it is
            Actions &a = actions[file->name];
            const Source &at = placed->source;
            std::optional<QByteArray> patched;
            if (changed && file->parsed && !file->convertedEncoding) {
                // Only what the edit changed is written; the rest of the text stays as it is.
                Result<QByteArray> patch = DocumentPatch::patch(*file, saved, r);
                if (patch)
                    patched = std::move(*patch);
                else if (!at.complete) {
                    const Error &why = patch.error();
                    refused
                        = Error {tr("%1 %2 cannot be written back: %3; its text holds fields "
                                    "or values that were not read, and writing it whole "
                                    "would drop them")
                                     .arg(kindDisplayName(placed->kind), placed->name, why.message),
                            file->name, why.line, why.column};
                    return;
                }
            }
            if (!patched && !at.complete) {
                if (changed && file->parsed) {
                    refused = Error {tr("%1 %2 cannot be written back: its text holds fields or "
                                        "values that were not read (see the problems reported "
                                        "when it was loaded), and writing it would drop them")
                                         .arg(kindDisplayName(placed->kind), placed->name),
                        file->name, at.pos.line, at.pos.column};
                    return;
                }
                if (!changed) {
                    a.changes.append({DocumentChange::Type::KeptAsWritten, placed->kind,
                        placed->name, r.source.id, at.pos.line,
                        tr("its text holds fields or values that were not read")});
                    continue;
                }
            }
            const bool flow = at.begin < file->text.size()
                && (file->text[at.begin] == '{' || file->text[at.begin] == '[');
            const QByteArray text = patched
                ? *patched
                : DocumentPatch::placedAt(
                    writer.writeResource(r, flow ? OutputFormat::Json : OutputFormat::Yaml),
                    at.begin - lineStart(file->text, at.begin));
            if (!changed && QByteArrayView(file->text).sliced(at.begin, at.end - at.begin) == text)
                continue; // already in the Writer's form
            a.replace.insert(r.source.id, text);
            a.changes.append({DocumentChange::Type::Changed, placed->kind, placed->name,
                r.source.id, at.pos.line, {}});
            a.touched = true;
            a.edited = a.edited || changed;
        }
    });
    if (refused)
        return *refused;
    for (auto it = m_placed.cbegin(); it != m_placed.cend(); ++it) {
        if (present.contains(it.key()) || !loadedFile(it->source.file) || it->source.begin < 0)
            continue;
        Actions &a = actions[it->source.file];
        a.remove.insert(it.key());
        a.changes.append(
            {DocumentChange::Type::Removed, it->kind, it->name, it.key(), it->source.pos.line, {}});
        a.touched = true;
        a.edited = true;
    }

    WritePlan plan;
    plan.m_workspace = current;
    plan.m_saveAs = !saveAs.isEmpty();
    plan.m_preview = options.preview;

    struct Entry {
        qsizetype start;
        int list;
        ResourceId id;
    };
    // The new text of a loaded file, with where each of its resources starts in it.
    const auto compose = [&](const LoadedFile &file, const Actions &a, QByteArray &out,
                             QList<Entry> &entries) {
        const QByteArray &text = file.text;
        const QList<ResourceId> ids = m_byFile.value(file.name);
        qsizetype next = 0; // into ids, which are in text order
        const qsizetype documents = file.documentStarts.size();
        if (documents == 0)
            out += text;
        for (qsizetype d = 0; d < documents; ++d) {
            const qsizetype begin = file.documentStarts[d];
            const qsizetype end = d + 1 < documents ? file.documentStarts[d + 1] : text.size();
            qsizetype cursor = begin;
            for (; next < ids.size() && m_placed.constFind(ids[next])->source.begin < end; ++next) {
                const ResourceId id = ids[next];
                const Placed &p = *m_placed.constFind(id);
                const Source &s = p.source;
                if (a.remove.contains(id)) {
                    if (!s.listItem) {
                        // The whole document goes, with its "---" line and its comments.
                        out += QByteArrayView(text).sliced(cursor, begin - cursor);
                        cursor = end;
                        continue;
                    }
                    qsizetype from = s.begin;
                    qsizetype to = s.end;
                    if (text[s.begin] == '{') {
                        // A flow item: with the comma after it, or else the one before it.
                        qsizetype after = to;
                        while (after < end && QChar::isSpace(uchar(text[after])))
                            ++after;
                        if (after < end && text[after] == ',') {
                            to = after + 1;
                            while (to < end && isBlank(text[to]))
                                ++to;
                        } else {
                            qsizetype before = from;
                            while (before > cursor && QChar::isSpace(uchar(text[before - 1])))
                                --before;
                            if (before > cursor && text[before - 1] == ',')
                                from = before - 1;
                        }
                    } else {
                        // A block item: its lines, from its "- " to its line break.
                        const qsizetype line = lineStart(text, s.begin);
                        const QByteArrayView lead
                            = QByteArrayView(text).sliced(line, s.begin - line);
                        if (lead.trimmed() == "-" && line >= cursor)
                            from = line;
                        if (to < end && text[to] == '\n')
                            ++to;
                    }
                    out += QByteArrayView(text).sliced(cursor, from - cursor);
                    cursor = to;
                    continue;
                }
                out += QByteArrayView(text).sliced(cursor, s.begin - cursor);
                entries.append({out.size(), p.list, id});
                const auto replaced = a.replace.constFind(id);
                if (replaced != a.replace.cend())
                    out += *replaced;
                else
                    out += QByteArrayView(text).sliced(s.begin, s.end - s.begin);
                cursor = s.end;
            }
            out += QByteArrayView(text).sliced(cursor, end - cursor);
        }
    };
    // Added resources after the text `out` already holds.
    const auto append
        = [&](const WorkspaceData &added, bool json, QByteArray &out, QList<Entry> &entries) {
              const Workspace addedWorkspace(added);
              if (addedWorkspace.isEmpty())
                  return;
              if (hasContent(out)) {
                  if (!out.endsWith('\n'))
                      out += '\n';
                  out += "---\n";
              }
              qsizetype start = out.size();
              out += writer.write(addedWorkspace, json ? OutputFormat::Json : OutputFormat::Yaml);
              // Within a list, the Writer keeps the order given.
              int list = 0;
              forEachResourceList([&](auto member) {
                  for (const auto &r : added.*member)
                      entries.append({start++, list, r.source.id});
                  ++list;
              });
          };
    const auto addWrite
        = [&](const QString &name, bool create, QByteArray bytes, QList<Entry> entries,
              QList<DocumentChange> changes) -> std::optional<Error> {
        std::stable_sort(entries.begin(), entries.end(),
            [](const Entry &x, const Entry &y) { return x.start < y.start; });
        QList<QList<ResourceId>> order(kListCount);
        for (const Entry &e : entries)
            order[e.list].append(e.id);
        // The new text must read back as the resources planned: the same number of each kind.
        LoadResult reread = Loader().loadText(bytes, name);
        int list = 0;
        std::optional<Error> mismatch;
        forEachResourceList([&](auto member) {
            if (!mismatch && (reread.workspace.data().*member).size() != order[list].size()) {
                mismatch = Error {tr("%1 cannot be written: the new text would not read back as "
                                     "the resources it should hold")
                                      .arg(name),
                    name};
            }
            ++list;
        });
        if (mismatch)
            return mismatch;
        plan.writes.append({name, create, std::move(bytes), std::move(changes)});
        plan.m_order.append(order);
        plan.m_reread.append(std::move(reread));
        return std::nullopt;
    };

    if (!saveAs.isEmpty()) {
        QByteArray out;
        QList<Entry> entries;
        QList<DocumentChange> changes;
        const Actions none;
        for (const LoadedFile &file : m_files) {
            const Actions &a = actions.contains(file.name) ? actions[file.name] : none;
            QByteArray part;
            QList<Entry> partEntries;
            compose(file, a, part, partEntries);
            if (!hasContent(part))
                continue;
            if (hasContent(out)) {
                if (!out.endsWith('\n'))
                    out += '\n';
                if (!part.startsWith("---"))
                    out += "---\n";
            }
            for (Entry &e : partEntries)
                e.start += out.size();
            out += part;
            entries += partEntries;
            changes += a.changes;
        }
        const WorkspaceData added = actions.value(saveAs).added; // resources without a file
        if (isJsonFile(saveAs)) {
            // JSON holds one List: everything is written by the Writer; text it cannot
            // represent cannot go there.
            for (const LoadedFile &file : m_files) {
                for (const ResourceId id : m_byFile.value(file.name)) {
                    if (!m_placed[id].source.complete) {
                        const Placed &p = *m_placed.constFind(id);
                        return Error {tr("%1 %2 cannot be written as JSON: its text holds "
                                         "fields or values that were not read")
                                          .arg(kindDisplayName(p.kind), p.name),
                            file.name, p.source.pos.line, p.source.pos.column};
                    }
                }
            }
            out.clear();
            entries.clear();
            append(current.data(), true, out, entries);
        } else {
            append(added, false, out, entries);
        }
        if (auto error = addWrite(saveAs, !loadedFile(saveAs), out, entries, changes))
            return *error;
        return plan;
    }

    // One write per loaded file that changes, in the order loaded; new files after them.
    QStringList targets;
    for (const LoadedFile &file : m_files)
        if (actions.contains(file.name))
            targets << file.name;
    QStringList created;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        if (!loadedFile(it.key()))
            created << it.key();
    std::sort(created.begin(), created.end());
    targets += created;

    for (const QString &name : targets) {
        const Actions &a = actions[name];
        const LoadedFile *file = loadedFile(name);
        if (!file) {
            QByteArray out;
            QList<Entry> entries;
            append(a.added, isJsonFile(name), out, entries);
            if (auto error = addWrite(name, true, out, entries, a.changes))
                return *error;
            continue;
        }
        if (!a.touched) {
            for (const DocumentChange &c : a.changes)
                plan.notes << tr("%1:%2: kept %3 %4 as written: %5")
                                  .arg(name)
                                  .arg(c.line)
                                  .arg(kindDisplayName(c.kind), c.name, c.reason);
            continue;
        }
        if (!a.edited && (!isDiskFile(*file) || file->convertedEncoding || !file->parsed)) {
            // Only asked to be put in the Writer's form: what cannot be written is left alone.
            plan.notes << tr("%1: kept as written: %2")
                              .arg(name,
                                  !file->parsed ? tr("it could not be read completely")
                                                : tr("it cannot be written back"));
            continue;
        }
        if (!isDiskFile(*file) && !options.preview)
            return Error {tr("%1 was not read from a file and cannot be written back; save the "
                             "workspace under a new name")
                              .arg(name),
                name};
        if (file->convertedEncoding)
            return Error {tr("%1 is not UTF-8 text and cannot be written back without changing "
                             "its encoding")
                              .arg(name),
                name};
        if (!file->parsed)
            return Error {tr("%1 could not be read completely (see the problems reported when it "
                             "was loaded), so it is not written back; fix the file and reload it, "
                             "or undo the changes to its resources")
                              .arg(name),
                name};
        if (Workspace(a.added).resourceCount() > 0) {
            if (isJsonFile(name) || (!file->text.isEmpty() && file->text.trimmed().startsWith('{')))
                return Error {tr("%1 holds JSON; new resources cannot be added to it, choose a "
                                 "YAML file")
                                  .arg(name),
                    name};
        }
        QByteArray out = file->byteOrderMark;
        QList<Entry> entries;
        compose(*file, a, out, entries);
        append(a.added, false, out, entries);
        if (out == file->byteOrderMark + file->text)
            continue;
        for (const DocumentChange &c : a.changes) {
            if (c.type == DocumentChange::Type::KeptAsWritten)
                plan.notes << tr("%1:%2: kept %3 %4 as written: %5")
                                  .arg(name)
                                  .arg(c.line)
                                  .arg(kindDisplayName(c.kind), c.name, c.reason);
        }
        if (auto error = addWrite(name, false, out, entries, a.changes))
            return *error;
    }
    return plan;
}

// ---------------------------------------------------------------------------------------------
// Writing

QStringList WorkspaceStore::changedOnDisk() const
{
    QStringList changed;
    for (const LoadedFile &file : m_files) {
        if (!isDiskFile(file))
            continue;
        const Result<FileFingerprint> now = fingerprintOnDisk(file.name);
        if (!now || !now->sameContent(file.fingerprint))
            changed << file.name;
    }
    return changed;
}

Result<QStringList> WorkspaceStore::apply(const WritePlan &plan, const ApplyOptions &options)
{
    if (plan.m_preview)
        return Error {tr("a preview cannot be written; plan the write again")};
    if (!options.force) {
        for (const FileWrite &write : plan.writes) {
            const Result<FileFingerprint> now = fingerprintOnDisk(write.file);
            if (!now)
                return now.error();
            const LoadedFile *file = loadedFile(write.file);
            if (!file || write.create) {
                if (!now->isNull())
                    return Error {tr("%1 already exists and is not part of the workspace; "
                                     "choose another name or overwrite it")
                                      .arg(write.file),
                        write.file};
                continue;
            }
            if (now->isNull())
                return Error {tr("%1 was deleted since it was loaded; save anyway to write it "
                                 "again")
                                  .arg(write.file),
                    write.file};
            if (!now->sameContent(file->fingerprint)) {
                return Error {tr("%1 changed on disk since it was loaded (now %2 bytes, modified "
                                 "%3; loaded: %4 bytes); reload it, or save anyway to overwrite "
                                 "those changes")
                                  .arg(write.file)
                                  .arg(now->size)
                                  .arg(now->modified.toString(Qt::ISODate))
                                  .arg(file->fingerprint.size),
                    write.file};
            }
        }
    }
    QStringList written;
    for (qsizetype i = 0; i < plan.writes.size(); ++i) {
        const FileWrite &write = plan.writes[i];
        const Result<FileFingerprint> done = writeFileAtomically(write.file, write.bytes);
        if (!done) {
            Error error = done.error();
            if (!written.isEmpty())
                error.message += u' ' + tr("(written before it: %1)").arg(written.join(u", "));
            return error;
        }
        takeWritten(plan, i, *done);
        written << write.file;
    }
    if (plan.m_saveAs && !written.isEmpty()) {
        // Every resource now lives in the one file written.
        m_files.removeIf([&](const LoadedFile &f) { return f.name != written.first(); });
        index();
    }
    return written;
}

void WorkspaceStore::takeWritten(
    const WritePlan &plan, qsizetype write, const FileFingerprint &written)
{
    const FileWrite &w = plan.writes[write];
    const LoadResult &reread = plan.m_reread[write];
    const QHash<ResourceId, Source> sources = plan.writtenSources(write);
    WorkspaceData data = m_saved.data();
    forEachResourceList([&](auto member) {
        auto &resources = data.*member;
        resources.removeIf([&](const auto &r) {
            return r.source.file == w.file || sources.contains(r.source.id);
        });
        for (const auto &r : plan.m_workspace.data().*member) {
            const auto s = sources.constFind(r.source.id);
            if (s == sources.cend())
                continue;
            auto copy = r;
            copy.source = *s;
            resources.append(std::move(copy));
        }
    });
    m_saved = Workspace(std::move(data));

    m_writtenDiagnostics.insert(w.file, reread.diagnostics);
    LoadedFile file = reread.loadedFiles.value(0);
    file.name = w.file;
    file.fingerprint = written;
    const auto it = m_fileIndex.constFind(w.file);
    if (it != m_fileIndex.cend())
        m_files[*it] = std::move(file);
    else
        m_files.append(std::move(file));
    index();
}

Workspace WorkspaceStore::withSavedSources(const Workspace &workspace) const
{
    return workspace.edited([this](WorkspaceData &d) {
        forEachResourceList([&](auto member) {
            for (auto &r : d.*member) {
                const auto placed = m_placed.constFind(r.source.id);
                if (placed != m_placed.cend())
                    r.source = placed->source;
            }
        });
    });
}

Workspace WorkspaceStore::matchedToSaved(const Workspace &other) const
{
    const auto key = [](const QString &file, ResourceKind kind, const QString &name) {
        return file + u'\n' + QString::number(int(kind)) + u'\n' + name;
    };
    QHash<QString, Source> saved;
    for (const Placed &p : m_placed)
        saved.insert(key(p.source.file, p.kind, p.name), p.source);
    WorkspaceData data = other.data();
    forEachResourceList([&](auto member) {
        for (auto &r : data.*member) {
            const auto found
                = saved.constFind(key(r.source.file, resourceKindOf(r), displayName(r)));
            if (found == saved.cend())
                continue;
            r.source = *found;
            saved.erase(found); // a duplicate name matches once
        }
    });
    return Workspace(std::move(data));
}

Result<FileFingerprint> fingerprintOnDisk(const QString &file)
{
    QFile in(file);
    if (!in.exists())
        return FileFingerprint {};
    if (!in.open(QIODevice::ReadOnly))
        return Error {WorkspaceStore::tr("cannot read %1: %2").arg(file, in.errorString()), file};
    const QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return Error {WorkspaceStore::tr("cannot read %1: %2").arg(file, in.errorString()), file};
    return FileFingerprint::of(bytes, in.fileTime(QFileDevice::FileModificationTime));
}

Result<FileFingerprint> writeFileAtomically(const QString &file, QByteArrayView bytes)
{
    const auto failed = [&file](int error) {
        return Error {
            WorkspaceStore::tr("cannot write %1: %2").arg(file, systemError(error)), file};
    };
    // Through a symbolic link: replace the file it points to, not the link.
    const QFileInfo info(file);
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo targetInfo(target);
    const QByteArray path = QFile::encodeName(target);
    const QByteArray folder = QFile::encodeName(targetInfo.absolutePath());
    QByteArray temporary = QFile::encodeName(targetInfo.absolutePath() + QStringLiteral("/.")
        + targetInfo.fileName() + QStringLiteral(".saving-XXXXXX"));

    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return failed(errno);
    const auto abandon = [&](int error) {
        ::close(fd);
        ::unlink(temporary.constData());
        return failed(error);
    };
    // The file keeps its permissions; a new one gets what the process's umask allows.
    struct stat existing { };
    mode_t mode = 0;
    if (::stat(path.constData(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd, mode) != 0)
        return abandon(errno);
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return abandon(errno);
        }
        data += n;
        left -= n;
    }
    if (::fsync(fd) != 0)
        return abandon(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return failed(error);
    }
    if (::rename(temporary.constData(), path.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return failed(error);
    }
    // The rename itself reaches the disk when the folder is synced.
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    struct stat now { };
    QDateTime modified;
    if (::stat(path.constData(), &now) == 0)
        modified = QFileInfo(target).fileTime(QFileDevice::FileModificationTime);
    return FileFingerprint::of(bytes, modified);
}

} // namespace ps
