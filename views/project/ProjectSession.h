#pragma once

#include "models/project/Project.h"
#include "models/project/ProjectAutosave.h"

#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>

class QMenu;
class QUndoStack;
class QWidget;

namespace cc {

class ProjectModel;

// The project open in the main window: its file, New / Open / Save /
// Save As, the prompt for unsaved changes, the recent files (last 8, kept
// by AppSettings) and the window title ("name[*]").
// Modified means the project differs from what was last opened or saved.
// A new project (File ▸ New Project, and the one the window starts with)
// takes the Settings' defaults; a project file that states none (format
// 1) gets them when opened, without reading as modified.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    // Shows a message; tests replace it to read the messages.
    using MessageHandler = std::function<void(QMessageBox::Icon, const QString &title, const QString &text)>;
    // Asks whether to recover an autosaved copy; tests replace it.
    using RecoveryQuestion = std::function<bool(const QString &text)>;

    ProjectSession(ProjectModel *model, QUndoStack *undoStack, QWidget *window);

    void setMessageHandler(MessageHandler handler) { m_message = std::move(handler); }
    void setRecoveryQuestion(RecoveryQuestion question) { m_askRecovery = std::move(question); }
    void setAutosave(const ProjectAutosave &autosave) { m_autosave = autosave; }
    const ProjectAutosave &autosave() const { return m_autosave; }
    QTimer *autosaveTimer() { return &m_autosaveTimer; }

    QString path() const { return m_path; }
    QString displayName() const;
    bool isModified() const;

    // Each asks about unsaved changes first; false when cancelled or failed.
    bool newProject();
    bool openProject(const QString &path);
    bool chooseAndOpen();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    // Save / Discard / Cancel when modified; true unless cancelled.
    bool maybeSave();

    // Writes the autosaved copy when the project is modified (the timer
    // calls it every AppSettings::autosaveMinutes(), default 5).
    void autosaveNow();
    // When an autosaved copy newer than the project's file exists, asks
    // whether to recover it (the project then reads as modified) or drops
    // it. Returns whether it recovered.
    bool offerRecovery();
    // The user saved or discarded the changes: the copy is not needed.
    void discardAutosave();

    // An empty project with the Settings' defaults.
    static Project emptyProject();
    // Fills in the Settings' defaults when `project`'s file stated none.
    static void fillDefaults(Project &project);

    static QStringList recentFiles();
    void fillRecentMenu(QMenu *menu);

signals:
    void titleChanged();
    void projectOpened();

private:
    bool openWithoutAsking(const QString &path);
    void reset(const Project &project, const QString &path);
    void addRecent(const QString &path);
    void updateTitle();
    QString startFolder() const;

    ProjectModel *m_model;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QString m_path;
    Project m_saved;
    MessageHandler m_message;
    RecoveryQuestion m_askRecovery;
    ProjectAutosave m_autosave;
    QTimer m_autosaveTimer;
};

} // namespace cc
