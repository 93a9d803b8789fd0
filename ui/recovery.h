#pragma once
// Recovery: never lose work. Within a second of each edit the whole workspace is written
// (Writer YAML, plus a small JSON index with the original paths and the file every resource
// belongs to), on a thread of its own so that a large workspace does not hold up the window,
// to a recovery file under QStandardPaths::AppDataLocation/recovery, atomically:
// each write goes to a YAML file of its own, and the index, replaced last, names the YAML it
// belongs with, so a write killed at any point leaves the previous pair or the new one.
// A clean save, or closing without keeping the changes, deletes it. Each session holds a
// QLockFile next to its files, so at start orphans() lists only the files of sessions that
// ended without cleaning up (killed, crashed); restore() brings one back as a modified document
// whose Save writes to the original paths.

#include <memory>

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include "core/model/workspace.h"

class QLockFile;

namespace ps {

class Document;

class Recovery : public QObject {
    Q_OBJECT
public:
    /// One recoverable session found on disk.
    struct Entry {
        QString id;
        QString yamlFile;
        QString indexFile;
        QStringList paths; // what the document was opened from
        QString displayName;
        QDateTime saved;
    };

    explicit Recovery(Document *document, QObject *parent = nullptr);
    /// Releases the lock but keeps the files: only discard() removes them.
    ~Recovery() override;

    /// Where recovery files live.
    static QString directory();
    /// Recovery files of sessions that are no longer running, newest first.
    static QList<Entry> orphans();
    /// Delete an entry's files.
    static void remove(const Entry &entry);

    /// At most this many milliseconds after an edit, it is in the recovery file (default 1000).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }
    /// This session's recovery YAML, the one its index names (it may not exist yet).
    QString yamlFile() const;
    QString indexFile() const;
    bool hasFile() const;

    /// Write the recovery files now; returns an error message or an empty string.
    QString writeNow();
    /// Delete this session's recovery files (after a clean save or close).
    void discard();
    /// Load `entry` into the document: the original paths are read, then one undoable edit
    /// replaces their content with the recovered workspace (so the document is modified and
    /// Undo shows what is on disk). restored() fires when done; the entry's files are removed
    /// once read. Returns an error message if the entry cannot be read.
    QString restore(const Entry &entry);

Q_SIGNALS:
    void written();
    void restored();
    /// An autosave could not be written (`message` says why); the edits are not safe yet.
    void failed(const QString &message);

private:
    /// What one write puts on disk, taken on the GUI thread.
    struct Snapshot {
        Workspace workspace;
        QStringList paths;
        QStringList files;
        QString displayName;
        QString yamlFile;
        QString indexFile;
    };
    void onWorkspaceChanged();
    /// The folder and the session's lock; an error message, or "".
    QString prepare();
    Snapshot snapshot();
    /// Writes the YAML, then the index naming it (any thread); an error message, or "".
    static QString write(const Snapshot &s);
    /// After a write: the YAML before it is removed, written() fires.
    void finish(const QString &yamlFile, const QString &error);
    void autosave();
    /// Waits for the autosave under way, if any, and lands it (finish()); its error, or "".
    QString landWrite();
    void onWritten();

    Document *m_document;
    QTimer m_timer;
    QString m_id;
    int m_writes = 0;
    QString m_yamlFile; // the last one written; empty before the first write
    std::unique_ptr<QLockFile> m_lock;
    QThreadPool m_pool; // one thread: autosaves never wait behind analyses
    QFutureWatcher<QString> m_writing;
    QString m_writingYaml; // the YAML the write under way writes; "" once it has landed
    bool m_writeAgain = false;
};

} // namespace ps
