#include "models/bom/export/BomPdfWriter.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/export/BomExportTr.h"
#include "models/bom/export/BomPageLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace cc {

QByteArray BomPdfWriter::write(const BillOfMaterials &bom, const BomWriteOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(BomPageLayout::defaultPageLayout());
        pdf.setTitle(BomExportTr::tr("Bill of materials – %1").arg(bom.projectName));
        pdf.setCreator(QCoreApplication::applicationName());
        const BomPageLayout layout(bom, options, &pdf);
        QPainter painter(&pdf);
        layout.paint(painter);
        painter.end();
    }
    return bytes;
}

} // namespace cc
