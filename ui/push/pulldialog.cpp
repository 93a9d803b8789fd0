#include "ui/push/pulldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/resourcefolder.h"
#include "core/push/etcdpush.h"
#include "core/push/kubeconfig.h"
#include "core/push/kubepush.h"
#include "core/report/etcdpushreport.h"
#include "core/report/kubepushreport.h"

namespace ps {

namespace {

const QString kSettingsGroup = QStringLiteral("pull");

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, bool folder)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(row);
    browse->setText(QStringLiteral("…"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, parent, [edit, parent, folder] {
        const QString chosen = folder
            ? QFileDialog::getExistingDirectory(parent, PullDialog::tr("Choose a Folder"))
            : QFileDialog::getOpenFileName(parent, PullDialog::tr("Choose a File"));
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return row;
}

// Why the pulled workspace cannot be written, or "".
template<class Pulled> QString unreadable(const Pulled &pulled)
{
    if (pulled.diagnostics.isEmpty())
        return {};
    QStringList lines;
    for (const Diagnostic &d : pulled.diagnostics)
        lines.append(d.toString());
    return PullDialog::tr("%n object(s) could not be read; nothing was written:\n%1", nullptr,
        int(pulled.diagnostics.size()))
        .arg(lines.join(u'\n'));
}

} // namespace

PullDialog::PullDialog(QWidget *parent)
    : QDialog(parent), m_sources(new QTabWidget(this)), m_kubeconfig(new QLineEdit(this)),
      m_context(new QLineEdit(this)), m_endpoints(new QLineEdit(this)), m_ca(new QLineEdit(this)),
      m_cert(new QLineEdit(this)), m_key(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_version(new QComboBox(this)),
      m_folder(new QLineEdit(this)), m_pull(new QPushButton(tr("&Pull"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Open from Cluster"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Read what a cluster runs — its namespaces, pods, service "
                                "accounts, services, nodes and every Calico policy, network set "
                                "and host endpoint — into a new workspace folder, and open it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *kube = new QWidget(this);
    auto *kubeForm = new QFormLayout(kube);
    m_kubeconfig->setPlaceholderText(Kubeconfig::defaultFile());
    m_context->setPlaceholderText(tr("the file's current context"));
    kubeForm->addRow(tr("&Kubeconfig:"), withBrowse(m_kubeconfig, this, false));
    kubeForm->addRow(tr("Con&text:"), m_context);
    auto *etcd = new QWidget(this);
    auto *etcdForm = new QFormLayout(etcd);
    m_endpoints->setPlaceholderText(QStringLiteral("https://10.0.0.1:2379"));
    m_ca->setPlaceholderText(tr("CA bundle (default: the system's CAs)"));
    m_cert->setPlaceholderText(tr("client certificate, when etcd asks for one"));
    m_key->setPlaceholderText(tr("its key"));
    m_user->setPlaceholderText(tr("none: etcd without authentication"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not remembered"));
    etcdForm->addRow(tr("&Endpoints:"), m_endpoints);
    etcdForm->addRow(tr("C&A file:"), withBrowse(m_ca, this, false));
    etcdForm->addRow(tr("Client ce&rtificate:"), withBrowse(m_cert, this, false));
    etcdForm->addRow(tr("Client &key:"), withBrowse(m_key, this, false));
    etcdForm->addRow(tr("U&ser:"), m_user);
    etcdForm->addRow(tr("Pass&word:"), m_password);
    m_sources->addTab(kube, tr("Kubernetes &API"));
    m_sources->addTab(etcd, tr("&etcd datastore"));
    layout->addWidget(m_sources);

    auto *form = new QFormLayout;
    for (const QString &name : calicoVersionNames())
        m_version->addItem(name);
    m_version->setCurrentText(calicoVersionName(kNewestCalicoVersion));
    m_version->setToolTip(tr("The Calico release the cluster runs"));
    m_folder->setPlaceholderText(tr("a new or empty folder for the workspace"));
    form->addRow(tr("Calico &version:"), m_version);
    form->addRow(tr("Into &folder:"), withBrowse(m_folder, this, true));
    layout->addLayout(form);

    auto *row = new QHBoxLayout;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setVisible(false);
    row->addWidget(m_pull);
    row->addWidget(m_progress);
    row->addStretch(1);
    layout->addLayout(row);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pull, &QPushButton::clicked, this, &PullDialog::pull);
    connect(&m_watcher, &QFutureWatcher<Pulled>::finished, this, &PullDialog::onFinished);

    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_sources->setCurrentIndex(settings.value(QStringLiteral("source"), 0).toInt() == 1 ? 1 : 0);
    m_kubeconfig->setText(settings.value(QStringLiteral("kubeconfig")).toString());
    m_context->setText(settings.value(QStringLiteral("context")).toString());
    m_endpoints->setText(settings.value(QStringLiteral("endpoints")).toString());
    m_ca->setText(settings.value(QStringLiteral("ca")).toString());
    m_cert->setText(settings.value(QStringLiteral("cert")).toString());
    m_key->setText(settings.value(QStringLiteral("key")).toString());
    m_user->setText(settings.value(QStringLiteral("user")).toString());
    resize(640, 520);
}

PullDialog::~PullDialog()
{
    m_watcher.waitForFinished();
}

void PullDialog::setSource(Source source)
{
    m_sources->setCurrentIndex(source == Source::Etcd ? 1 : 0);
}

QString PullDialog::statusText() const
{
    return m_status->text();
}

bool PullDialog::pull()
{
    if (isBusy())
        return false;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose the folder the workspace is written to."));
        m_folder->setFocus();
        return false;
    }
    if (QDir dir(folder);
        dir.exists() && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty()) {
        m_status->setText(tr("%1 is not empty: choose a new or empty folder.").arg(folder));
        m_folder->setFocus();
        return false;
    }
    const CalicoVersion version
        = calicoVersionFromName(m_version->currentText()).value_or(kNewestCalicoVersion);
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("source"), m_sources->currentIndex());
    settings.setValue(QStringLiteral("kubeconfig"), m_kubeconfig->text().trimmed());
    settings.setValue(QStringLiteral("context"), m_context->text().trimmed());
    settings.setValue(QStringLiteral("endpoints"), m_endpoints->text().trimmed());
    settings.setValue(QStringLiteral("ca"), m_ca->text().trimmed());
    settings.setValue(QStringLiteral("cert"), m_cert->text().trimmed());
    settings.setValue(QStringLiteral("key"), m_key->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());

    if (m_sources->currentIndex() == 0) {
        KubeconfigOptions options;
        options.file = m_kubeconfig->text().trimmed();
        options.context = m_context->text().trimmed();
        const Result<KubeTarget> target = Kubeconfig::load(options);
        if (!target) {
            m_status->setText(target.error().toString());
            return false;
        }
        m_pull->setEnabled(false);
        m_progress->setVisible(true);
        m_status->setText(tr("Reading the cluster…"));
        m_watcher.setFuture(QtConcurrent::run([target = *target, version, folder] {
            Pulled out;
            out.folder = folder;
            const Result<KubePulled> pulled = KubePush::pull(KubeClient(target), version);
            if (!pulled) {
                out.error = pulled.error().message;
                return out;
            }
            if (out.error = unreadable(*pulled); !out.error.isEmpty())
                return out;
            const Result<QStringList> written
                = ResourceFolderWriter::write(pulled->workspace, folder);
            if (!written)
                out.error = written.error().message;
            else
                out.report = KubePushReport::pullText(*pulled, folder, written->size());
            return out;
        }));
        return true;
    }

    EtcdTarget target;
    for (const QString &url : m_endpoints->text().split(u',', Qt::SkipEmptyParts))
        target.endpoints.append(url.trimmed());
    if (target.endpoints.isEmpty()) {
        m_status->setText(tr("Give etcd's client URL, such as https://10.0.0.1:2379."));
        m_endpoints->setFocus();
        return false;
    }
    target.caFile = m_ca->text().trimmed();
    target.certFile = m_cert->text().trimmed();
    target.keyFile = m_key->text().trimmed();
    target.username = m_user->text().trimmed();
    target.password = m_password->text().toUtf8();
    m_pull->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading etcd…"));
    m_watcher.setFuture(QtConcurrent::run([target, version, folder] {
        Pulled out;
        out.folder = folder;
        const EtcdClient client(target);
        const Result<EtcdPulled> pulled = EtcdPush::pull(client, version);
        if (!pulled) {
            out.error = pulled.error().message;
            return out;
        }
        if (out.error = unreadable(*pulled); !out.error.isEmpty())
            return out;
        const Result<QStringList> written = ResourceFolderWriter::write(pulled->workspace, folder);
        if (!written)
            out.error = written.error().message;
        else
            out.report
                = EtcdPushReport::pullText(*pulled, client.endpoint(), folder, written->size());
        return out;
    }));
    return true;
}

void PullDialog::onFinished()
{
    m_pull->setEnabled(true);
    m_progress->setVisible(false);
    const Pulled pulled = m_watcher.result();
    if (!pulled.error.isEmpty()) {
        m_status->setText(tr("Nothing was opened: %1").arg(pulled.error));
        Q_EMIT finished();
        return;
    }
    m_status->setText(pulled.report);
    m_written = pulled.folder;
    Q_EMIT finished();
    accept();
}

} // namespace ps
