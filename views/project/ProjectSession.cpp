#include "views/project/ProjectSession.h"

#include "models/project/ProjectFile.h"
#include "models/project/ProjectFileError.h"
#include "models/project/ProjectModel.h"
#include "models/settings/AppSettings.h"
#include "views/project/ProjectViewsTr.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidget>

namespace cc {

ProjectSession::ProjectSession(ProjectModel *model, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_message([window](QMessageBox::Icon icon, const QString &title, const QString &text) {
        QMessageBox box(icon, title, text, QMessageBox::Ok, window);
        box.exec();
    })
{
    m_askRecovery = [window](const QString &text) {
        return QMessageBox::question(window, ProjectViewsTr::tr("Recover project"), text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::Yes)
            == QMessageBox::Yes;
    };
    m_autosaveTimer.setInterval(AppSettings::autosaveMinutes() * 60 * 1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ProjectSession::autosaveNow);
    m_autosaveTimer.start();
    m_model->setUndoStack(undoStack);
    if (m_model->project() == Project()) {
        m_model->setProject(emptyProject());
        m_saved = m_model->project();
    }
    connect(m_model, &ProjectModel::projectChanged, this, &ProjectSession::updateTitle);
    updateTitle();
}

Project ProjectSession::emptyProject()
{
    Project project;
    fillDefaults(project);
    return project;
}

void ProjectSession::fillDefaults(Project &project)
{
    if (!project.defaultsStated)
        project.defaults = AppSettings::load().assemblyDefaults;
}

QString ProjectSession::displayName() const
{
    if (!m_model->project().name.isEmpty())
        return m_model->project().name;
    if (!m_path.isEmpty())
        return QFileInfo(m_path).completeBaseName();
    return ProjectViewsTr::tr("Untitled project");
}

bool ProjectSession::isModified() const
{
    return m_model->project() != m_saved;
}

void ProjectSession::updateTitle()
{
    QString application = QGuiApplication::applicationDisplayName();
    if (application.isEmpty())
        application = ProjectViewsTr::tr("Connector Configurator");
    m_window->setWindowTitle(ProjectViewsTr::tr("%1[*] — %2").arg(displayName(), application));
    m_window->setWindowModified(isModified());
    emit titleChanged();
}

void ProjectSession::reset(const Project &project, const QString &path)
{
    // Undo steps name rows of the project they were made in.
    m_undoStack->clear();
    m_saved = project;
    m_path = path;
    m_model->setProject(project);
    updateTitle();
    emit projectOpened();
}

bool ProjectSession::newProject()
{
    if (!maybeSave())
        return false;
    discardAutosave();
    reset(emptyProject(), QString());
    return true;
}

bool ProjectSession::openProject(const QString &path)
{
    return maybeSave() && openWithoutAsking(path);
}

bool ProjectSession::openWithoutAsking(const QString &path)
{
    // The project's parts are looked up in the catalog its model evaluates against.
    const PartCatalog *catalog = m_model->catalog();
    if (!catalog)
        return false;
    const QString previous = m_path;
    ProjectFile::Opened opened;
    try {
        opened = ProjectFile::open(path, *catalog);
    } catch (const ProjectFileError &error) {
        m_message(QMessageBox::Critical, ProjectViewsTr::tr("Cannot open the project"), error.message());
        return false;
    }
    m_autosave.remove(previous);
    // A file of format 1 states no defaults: the Settings' decide, and
    // the project is as it was opened (saving writes them).
    fillDefaults(opened.project);
    reset(opened.project, QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    if (!opened.missingItems.isEmpty()) {
        m_model->setMissingItems(opened.missingItems);
        m_message(QMessageBox::Warning, ProjectViewsTr::tr("Parts missing from the catalog"), opened.missingMessage);
    }
    offerRecovery();
    return true;
}

QString ProjectSession::startFolder() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool ProjectSession::chooseAndOpen()
{
    if (!maybeSave())
        return false;
    const QString path = QFileDialog::getOpenFileName(m_window, ProjectViewsTr::tr("Open Project"), startFolder(),
                                                      ProjectViewsTr::tr("Projects (*.ccproj);;All files (*)"));
    return !path.isEmpty() && openWithoutAsking(path);
}

bool ProjectSession::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool ProjectSession::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, ProjectViewsTr::tr("Save Project As"),
        m_path.isEmpty() ? QDir(startFolder()).filePath(displayName() + QStringLiteral(".ccproj")) : m_path,
        ProjectViewsTr::tr("Projects (*.ccproj)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ccproj");
    return saveTo(path);
}

bool ProjectSession::saveTo(const QString &path)
{
    try {
        ProjectFile::write(m_model->project(), path);
    } catch (const ProjectFileError &error) {
        m_message(QMessageBox::Critical, ProjectViewsTr::tr("Cannot save the project"), error.message());
        return false;
    }
    discardAutosave();
    m_path = QFileInfo(path).absoluteFilePath();
    m_saved = m_model->project();
    m_undoStack->setClean();
    addRecent(m_path);
    updateTitle();
    return true;
}

bool ProjectSession::maybeSave()
{
    if (!isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        m_window, ProjectViewsTr::tr("Unsaved changes"),
        ProjectViewsTr::tr("The project \"%1\" has changes that are not saved. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ProjectSession::autosaveNow()
{
    if (!isModified())
        return;
    if (const auto error = m_autosave.write(m_model->project(), m_path))
        qWarning("Autosave failed: %s", qUtf8Printable(*error));
}

void ProjectSession::discardAutosave()
{
    m_autosave.remove(m_path);
}

bool ProjectSession::offerRecovery()
{
    const QString copy = m_autosave.recoverable(m_path);
    if (copy.isEmpty())
        return false;
    Project recovered;
    try {
        recovered = ProjectFile::read(copy);
    } catch (const ProjectFileError &) {
        discardAutosave();
        return false;
    }
    fillDefaults(recovered);
    const QString when = QLocale().toString(QFileInfo(copy).lastModified(), QLocale::ShortFormat);
    const QString text = m_path.isEmpty()
        ? ProjectViewsTr::tr("An autosaved copy of an unsaved project from %1 was found. Recover it?").arg(when)
        : ProjectViewsTr::tr("An autosaved copy of \"%1\" from %2 is newer than the file. Recover it?")
              .arg(QDir::toNativeSeparators(m_path), when);
    if (!m_askRecovery(text)) {
        discardAutosave();
        return false;
    }
    m_model->setProject(recovered);
    updateTitle();
    return true;
}

QStringList ProjectSession::recentFiles()
{
    return AppSettings::recentProjects();
}

void ProjectSession::addRecent(const QString &path)
{
    AppSettings::addRecentProject(path);
}

void ProjectSession::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (files.isEmpty())
        menu->addAction(ProjectViewsTr::tr("No recent projects"))->setEnabled(false);
}

} // namespace cc
