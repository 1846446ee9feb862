#pragma once

#include "models/bom/export/BomWriteOptions.h"
#include "models/tasks/FileExportTask.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPrinter;
class QSortFilterProxyModel;
class QTableView;

namespace cc {

class BillOfMaterials;
class BomFormat;
class BomTableModel;
class ProjectModel;

// The project's bill of materials: the lines (sortable; the header's
// context menu chooses the columns), the totals and the warnings below.
// Follows every change of the project, and of the catalog the project model
// evaluates against (the model follows its catalog session). Export…
// writes every format of BomFormats (CSV, XLSX, PDF, HTML, JSON), under the
// project's name, and says where the file went (statusMessage()); Print…
// shows a preview first, whose Columns menu is the pane's. Print and PDF
// show the columns the pane shows, laid out by BomPageLayout.
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
    // suffix (BomFormats::bySuffix). Empty (and statusMessage()), or the error.
    QString exportTo(const QString &path);
    // The same export as a task for a worker thread (not started yet): it
    // writes a copy of the current bill, so the project may change
    // meanwhile. The task belongs to this view.
    FileExportTask *createExport(const QString &path);
    // Asks for a file, then exports in the background behind a progress
    // dialog with Cancel.
    void chooseAndExport();
    // The name Export… offers: the project's, with the suffix of `format`.
    QString defaultFileName(const BomFormat &format) const;
    // What the writers get: today's date and the columns the pane hides.
    BomWriteOptions writeOptions() const;
    void print(QPrinter *printer) const;
    void printWithPreview();
    void rebuild();
    // Shows or hides a column of the pane, the printout and the PDF, and
    // keeps the choice (AppSettings). The last column shown stays.
    void setColumnShown(int column, bool shown);

signals:
    // For the status bar: where an export went.
    void statusMessage(const QString &text);
    // The columns shown changed.
    void columnsChanged();

private:
    // Produces a copy of `bom` in the format of `path`'s suffix, on any
    // thread; an unknown suffix gives BomFormats' message.
    static FileExportTask::Producer producer(const BillOfMaterials &bom, const QString &path,
                                             const BomWriteOptions &options);
    void showColumnMenu(const QPoint &position);
    // One checkable action per column, following setColumnShown().
    void fillColumnMenu(QMenu *menu);
    void reportExported(const QString &path);

    ProjectModel *m_project;
    BomTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_totals;
    QListWidget *m_warnings;
};

} // namespace cc
