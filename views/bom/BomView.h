#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPrinter;
class QSortFilterProxyModel;
class QTableView;

namespace cc {

class BillOfMaterials;
class BomTableModel;
class FileExportTask;
class PartCatalog;
class ProjectModel;

// The project's bill of materials: the lines (sortable; the header's
// context menu chooses the columns), the totals and the warnings below.
// Follows every change of the project. Export… writes CSV, XLSX, PDF,
// HTML or JSON through the exporters; Print… shows a preview first.
class BomView : public QWidget
{
    Q_OBJECT

public:
    explicit BomView(ProjectModel *project, QWidget *parent = nullptr);

    void setCatalog(const PartCatalog *catalog);
    BomTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *warnings() const { return m_warnings; }
    QLabel *totals() const { return m_totals; }

    // Writes the bill of materials to `path`; the format follows the
    // suffix (csv, xlsx, pdf, html, json). Empty, or the error.
    QString exportTo(const QString &path) const;
    // The same export as a task for a worker thread (not started yet): it
    // writes a copy of the current bill, so the project may change
    // meanwhile. The task belongs to this view.
    FileExportTask *createExport(const QString &path);
    // Asks for a file, then exports in the background behind a progress
    // dialog with Cancel.
    void chooseAndExport();
    // The bytes of `bom` in `format` (a file suffix); empty and `*error`
    // when the format is unknown or the writer fails. Safe in any thread.
    static QByteArray render(const BillOfMaterials &bom, const QString &format, QString *error);
    void print(QPrinter *printer) const;
    void printWithPreview();
    void rebuild();

private:
    void showColumnMenu(const QPoint &position);

    ProjectModel *m_project;
    const PartCatalog *m_catalog = nullptr;
    BomTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_totals;
    QListWidget *m_warnings;
};

} // namespace cc
