// policy-studio's command line speaks the chosen language: --lang (in either spelling, before
// or after --help) is read before the parser is built, so --help prints translated descriptions.
// Runs the built executable, with its settings in a temporary folder.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStudioCommandLine : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, const QString &settingsLanguage = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        QFile settings(m_config.filePath(u"PolicyStudio/policy-studio.conf"_s));
        if (settingsLanguage.isEmpty()) {
            settings.remove();
        } else {
            QDir(m_config.path()).mkpath(u"PolicyStudio"_s);
            if (settings.open(QIODevice::WriteOnly))
                settings.write("[ui]\nlanguage=" + settingsLanguage.toUtf8() + '\n');
            settings.close();
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(POLICY_STUDIO_EXE), arguments);
        Run r;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_config.isValid()); }

    void helpSpeaksTheChosenLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("settingsLanguage");
        QTest::addColumn<bool>("chinese");
        QTest::newRow("--lang zh_CN --help")
            << QStringList {u"--lang"_s, u"zh_CN"_s, u"--help"_s} << QString() << true;
        QTest::newRow("--lang=zh_CN --help")
            << QStringList {u"--lang=zh_CN"_s, u"--help"_s} << QString() << true;
        QTest::newRow("--help --lang zh_CN")
            << QStringList {u"--help"_s, u"--lang"_s, u"zh_CN"_s} << QString() << true;
        QTest::newRow("setting zh_CN") << QStringList {u"--help"_s} << u"zh_CN"_s << true;
        QTest::newRow("--lang en over setting zh_CN")
            << QStringList {u"--lang"_s, u"en"_s, u"--help"_s} << u"zh_CN"_s << false;
        QTest::newRow("C locale") << QStringList {u"--help"_s} << QString() << false;
    }

    void helpSpeaksTheChosenLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, settingsLanguage);
        QFETCH(bool, chinese);
        const Run r = run(arguments, settingsLanguage);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"--lang <language>"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"--screenshot <file>"_s), qPrintable(r.out));
        const QStringList english {u"Understand and edit Calico network policy."_s,
            u"Files or folders to open (default: the demo workspace)."_s,
            u"Do not offer to restore unsaved work."_s, u"User interface language"_s};
        const QStringList translated {u"理解和编辑 Calico 网络策略。"_s,
            u"要打开的文件或文件夹（默认：演示工作区）。"_s, u"用户界面语言"_s};
        for (const QString &text : english)
            QVERIFY2(r.out.contains(text) != chinese, qPrintable(text + u"\n"_s + r.out));
        for (const QString &text : translated)
            QVERIFY2(r.out.contains(text) == chinese, qPrintable(text + u"\n"_s + r.out));
    }

    void versionPrintsTheVersion()
    {
        const Run r = run({u"--lang"_s, u"zh_CN"_s, u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"policy-studio "_s + QStringLiteral(POLICY_STUDIO_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestStudioCommandLine)
#include "tst_studiocommandline.moc"
