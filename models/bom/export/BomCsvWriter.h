#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cc {

class BillOfMaterials;

// The bill of materials as CSV for spreadsheets: UTF-8 with a byte order
// mark, comma separated, CRLF line ends, RFC 4180 quoting (a field holding
// a comma, semicolon, quote or line break is quoted, quotes doubled). The
// header row comes first, then the lines and the totals row, nothing else;
// every row has the same number of fields. A value no source states is an
// empty field (a total too, when a line's value is unknown). The warnings
// and the rules' sentences are not in the file: `bom` prints the warnings
// on stderr, the GUI shows them in its Bill of Materials pane.
class BomCsvWriter
{
public:
    static QByteArray write(const BillOfMaterials &bom);
    static QString field(const QString &text);
    static QString record(const QStringList &fields);
};

} // namespace cc
