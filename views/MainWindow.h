#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace cc {

class CatalogTableModel;
class Database;
class PartDetailView;
class PartRepository;

// The application's main window: the catalog as a dock, the datasheet of
// the selected part in the middle, the database in use in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the datasheet of a part and selects it in the catalog.
    void openPart(const QString &itemNumber);
    QTableView *catalogView() const { return m_catalogView; }
    PartDetailView *detailView() const { return m_detailView; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database);
    void chooseDatabase();
    void showSelectedPart();
    void updateStatus();
    void showAbout();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<PartRepository> m_repository;
    CatalogTableModel *m_model = nullptr;
    QTableView *m_catalogView = nullptr;
    PartDetailView *m_detailView = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace cc
