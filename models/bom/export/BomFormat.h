#pragma once

#include "models/bom/export/BomWriteOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cc {

class BillOfMaterials;

// One file format of the bill of materials: its id (as --format takes it),
// its name for people, the file suffixes it is known by, whether its bytes
// are binary (text formats are UTF-8 and may go to a terminal), whether the
// file holds the bill's warnings (CSV holds data rows only) and the writer
// that produces it. The formats are listed in BomFormats.
class BomFormat
{
public:
    // The file's bytes; empty with *error set when writing fails. Called on
    // any thread.
    using Writer = QByteArray (*)(const BillOfMaterials &bom, const BomWriteOptions &options,
                                  QString *error);

    // `displayName` is marked with QT_TRANSLATE_NOOP("BomExport", ...);
    // `suffixes` are lower case, without the dot, the usual one first.
    enum class Warnings { Included, LeftOut };
    BomFormat(const QString &id, const char *displayName, const QStringList &suffixes, bool binary,
              Warnings warnings, Writer writer);

    const QString &id() const { return m_id; }
    // Translated, e.g. "Excel workbook".
    QString displayName() const;
    const QStringList &suffixes() const { return m_suffixes; }
    // The suffix a new file of this format gets.
    const QString &suffix() const { return m_suffixes.first(); }
    // Whether `suffix` (with or without the dot, any case) is one of this format's.
    bool hasSuffix(const QString &suffix) const;
    // The file dialog's filter, e.g. "HTML (*.html *.htm)".
    QString fileDialogFilter() const;
    bool isBinary() const { return m_binary; }
    // Whether the file lists the bill's warnings (and the rules' sentences).
    bool holdsWarnings() const { return m_warnings == Warnings::Included; }

    // The bill in this format; empty with *error set when the writer fails.
    QByteArray write(const BillOfMaterials &bom, const BomWriteOptions &options, QString *error) const;

private:
    QString m_id;
    const char *m_displayName;
    QStringList m_suffixes;
    bool m_binary;
    Warnings m_warnings;
    Writer m_writer;
};

} // namespace cc
