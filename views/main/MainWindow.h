#pragma once

#include "models/browser/NavigationHistory.h"
#include "models/datasheet/DatasheetPrinter.h"
#include "models/part/PartRecord.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace cc {

class BomView;
class CatalogPane;
class CatalogSession;
class ConfiguratorView;
class Database;
class PartDetailView;
class ProjectModel;
class ProjectPane;
class ProjectSession;
struct PartRecord;

// The application's main window: the catalog as a dock, the datasheet of
// the selected part in the middle, the database in use in the status bar.
//
// The catalog is its CatalogSession's: the window opens `database` in it
// and hands the session to the panes once, when they are made; each pane
// follows the session's signals (another catalog, changed parts) on its
// own, as the window does for its status bar and the datasheet shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    CatalogSession *catalogSession() const { return m_session.get(); }
    // Shows the datasheet of a part, records it in the history and selects
    // it in the catalog where the search shows it.
    void openPart(const QString &itemNumber);
    CatalogPane *catalogPane() const { return m_catalog; }
    QTableView *catalogView() const;
    PartDetailView *detailView() const { return m_detailView; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The configurator tab and the action that starts an assembly from the
    // part selected in the catalog (Assembly > Configure with this Socket).
    ConfiguratorView *configuratorView() const { return m_configurator; }
    QTabWidget *centralTabs() const { return m_tabs; }
    QAction *configureAction() const { return m_configure; }
    void configureCurrentPart();
    // Shows the import preview for `paths`; on OK the import becomes one
    // step on the undo stack. Returns whether anything was imported.
    bool importDatasheets(const QStringList &paths);
    // Shows the import preview of a catalog feed; on OK the import becomes
    // one step on the undo stack, or, too large for one, is written after
    // the dialog said it cannot be undone (with a catalog snapshot to go
    // back to). Returns whether anything was imported.
    bool importCatalog(const QString &path);
    // Replaces the whole catalog by a snapshot (CatalogSnapshot), after
    // asking. Returns whether it was restored.
    bool restoreSnapshot(const QString &path, bool ask = true);
    // Where catalog snapshots are kept.
    static QString snapshotFolder();
    // The part whose datasheet is shown, if any.
    std::optional<PartRecord> currentPart() const;
    // The project: its assemblies (the Project dock) and its file.
    ProjectModel *projectModel() const { return m_projectModel; }
    ProjectPane *projectPane() const { return m_projectPane; }
    ProjectSession *projectSession() const { return m_projectSession; }
    BomView *bomView() const { return m_bomView; }
    // Opens a .ccproj file (asking about unsaved changes first).
    bool openProject(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The window's size on the first start (no geometry stored).
    QSize firstSize() const;
    void createMenus();
    // The session's signals: undo steps and the history belong to the
    // catalog they were made in; the status bar and the datasheet follow
    // the catalog's parts.
    void catalogAboutToBeReplaced();
    void catalogReplaced();
    void partsChanged();
    void chooseDatabase();
    void connectToServer();
    // Opens a file or a server's catalog (asking for a password if needed)
    // and shows it; a failure leaves the current catalog open.
    void openCatalog(const QString &location);
    void chooseDatasheets();
    void chooseCatalog();
    void chooseSnapshot();
    bool showPart(const QString &itemNumber);
    void goBack();
    void goForward();
    void updateNavigation();
    // The datasheet as the settings want it shown.
    DatasheetPrinter datasheetPrinter() const;
    void printDatasheet();
    void exportDatasheet();
    void updateStatus();
    void showAbout();

    CatalogPane *m_catalog = nullptr;
    PartDetailView *m_detailView = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    NavigationHistory m_history;
    QUndoStack *m_undoStack = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConfiguratorView *m_configurator = nullptr;
    QAction *m_configure = nullptr;
    ProjectModel *m_projectModel = nullptr;
    ProjectPane *m_projectPane = nullptr;
    ProjectSession *m_projectSession = nullptr;
    BomView *m_bomView = nullptr;
    // Last, so that it closes first, right after the destructor's body:
    // the panes (children, deleted later) and the members above still
    // hear it close.
    std::unique_ptr<CatalogSession> m_session;
};

} // namespace cc
