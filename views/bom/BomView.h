#pragma once

#include "models/tasks/FileExportTask.h"

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
class ProjectModel;

// The project's bill of materials: the lines (sortable; the header's
// context menu chooses the columns), the totals and the warnings below.
// Follows every change of the project, and of the catalog the project model
// evaluates against (the model follows its catalog session). Export…
// writes every format of BomFormats (CSV, XLSX, PDF, HTML, JSON); Print…
// shows a preview first.
class BomView : public QWidget
{
    Q_OBJECT

public:
    explicit BomView(ProjectModel *project, QWidget *parent = nullptr);

    BomTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *warnings() const { return m_warnings; }
    QLabel *totals() const { return m_totals; }

    // Writes the bill of materials to `path`; the format follows the
    // suffix (BomFormats::bySuffix). Empty, or the error.
    QString exportTo(const QString &path) const;
    // The same export as a task for a worker thread (not started yet): it
    // writes a copy of the current bill, so the project may change
    // meanwhile. The task belongs to this view.
    FileExportTask *createExport(const QString &path);
    // Asks for a file, then exports in the background behind a progress
    // dialog with Cancel.
    void chooseAndExport();
    void print(QPrinter *printer) const;
    void printWithPreview();
    void rebuild();

private:
    // Produces a copy of `bom` in the format of `path`'s suffix, on any
    // thread; an unknown suffix gives BomFormats' message.
    static FileExportTask::Producer producer(const BillOfMaterials &bom, const QString &path);
    void showColumnMenu(const QPoint &position);

    ProjectModel *m_project;
    BomTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_totals;
    QListWidget *m_warnings;
};

} // namespace cc
