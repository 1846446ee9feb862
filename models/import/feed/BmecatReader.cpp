#include "models/import/feed/BmecatReader.h"

#include "models/import/feed/FeedInput.h"

#include <functional>

namespace cc {

namespace {

// A product is a few levels deep and holds some hundred elements; far
// beyond these it is not a product but an attack or a broken file.
constexpr int maxDepth = 32;          // elements below a product or the header
constexpr int maxNodes = 20000;       // elements of one product
constexpr qint64 maxTextSize = 4 << 20; // characters of one product
constexpr qsizetype maxValueSize = 64 * 1024; // characters of one value
constexpr qsizetype maxNotes = 200;

bool isTransaction(QStringView name)
{
    return name == u"T_NEW_CATALOG" || name == u"T_UPDATE_PRODUCTS" || name == u"T_UPDATE_PRICES"
        || name == u"T_NEW_PRODUCTDATA";
}

bool isProduct(QStringView name)
{
    return name == u"PRODUCT" || name == u"ARTICLE";
}

} // namespace

QString BmecatReader::Node::attribute(const QString &key) const
{
    for (const auto &[attributeName, value] : attributes) {
        if (attributeName == key)
            return value;
    }
    return {};
}

const BmecatReader::Node *BmecatReader::Node::child(const QString &wanted) const
{
    for (const Node &node : children) {
        if (node.name == wanted)
            return &node;
    }
    return nullptr;
}

QList<const BmecatReader::Node *> BmecatReader::Node::childrenNamed(const QString &wanted) const
{
    QList<const Node *> result;
    for (const Node &node : children) {
        if (node.name == wanted)
            result << &node;
    }
    return result;
}

QString BmecatReader::Node::childText(const QString &wanted) const
{
    return BmecatReader::text(child(wanted));
}

QString BmecatReader::text(const Node *node)
{
    return node ? node->text.trimmed() : QString();
}

bool BmecatReader::isUdx(const QString &name, const QString &field)
{
    return name == field || (name.startsWith(QLatin1String("UDX.EDXF.")) && QStringView(name).mid(9) == field);
}

BmecatReader::BmecatReader(FeedInput &input)
    : m_input(input)
{
    m_xml.setNamespaceProcessing(true);
    // Entities are refused where they are declared (see nextToken()); a
    // bound in the reader itself as well.
    m_xml.setEntityExpansionLimit(1024);
}

int BmecatReader::permille() const
{
    return m_input.permille();
}

bool BmecatReader::fail(const QString &message, int line)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorLine = line >= 0 ? line : static_cast<int>(m_xml.lineNumber());
    }
    return false;
}

QXmlStreamReader::TokenType BmecatReader::nextToken()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // A DOCTYPE naming the BMEcat DTD is common and harmless (it is
            // never read); declared entities are not.
            if (!m_xml.entityDeclarations().isEmpty()
                || m_xml.text().contains(QLatin1String("<!ENTITY"))) {
                fail(QStringLiteral("the file declares entities in its DTD (<!ENTITY ...>), which a BMEcat "
                                    "catalog never needs; refused for safety, nothing of it is read"));
                return QXmlStreamReader::Invalid;
            }
            continue;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            fail(QStringLiteral("the file is not well-formed XML: %1").arg(m_xml.errorString()));
            return token;
        }
        const QByteArray block = m_input.read();
        if (!m_input.error().isEmpty()) {
            fail(m_input.error());
            return QXmlStreamReader::Invalid;
        }
        if (block.isEmpty()) {
            fail(m_xml.lineNumber() <= 1 && m_xml.columnNumber() == 0
                     ? QStringLiteral("the file is empty")
                     : QStringLiteral("the file ends before the catalog is complete (truncated?)"));
            return QXmlStreamReader::Invalid;
        }
        m_xml.addData(block);
    }
}

bool BmecatReader::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (nextToken()) {
        case QXmlStreamReader::StartElement:
            if (++depth > maxDepth + 64)
                return fail(QStringLiteral("elements are nested too deeply"));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return true;
}

bool BmecatReader::readTree(Node *root, bool *tooLarge)
{
    // Iterative, with the path of open elements: depth is bounded anyway.
    QList<Node *> path{root};
    const auto open = [this](Node *node) {
        node->name = m_xml.name().toString();
        node->line = static_cast<int>(m_xml.lineNumber());
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes)
            node->attributes.append({attribute.name().toString(), attribute.value().toString()});
    };
    open(root);
    ++m_nodes;
    while (!path.isEmpty()) {
        const QXmlStreamReader::TokenType token = nextToken();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (path.size() >= maxDepth)
                return fail(QStringLiteral("elements are nested too deeply"));
            if (++m_nodes > maxNodes) {
                *tooLarge = true;
                // The rest of the product is read past, not kept.
                for (qsizetype level = path.size() + 1; level > 0; --level) {
                    if (!skipElement())
                        return false;
                }
                return true;
            }
            Node *parent = path.last();
            parent->children.append(Node());
            open(&parent->children.last());
            path.append(&parent->children.last());
            break;
        }
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            Node *node = path.last();
            const QStringView text = m_xml.text();
            m_textSize += text.size();
            if (m_textSize > maxTextSize) {
                *tooLarge = true;
                for (qsizetype level = path.size(); level > 0; --level) {
                    if (!skipElement())
                        return false;
                }
                return true;
            }
            if (node->text.size() + text.size() > maxValueSize) {
                if (node->text.size() < maxValueSize && m_notes.size() < maxNotes) {
                    m_notes << QStringLiteral("line %1: the text of %2 is longer than %3 characters; cut")
                                   .arg(m_xml.lineNumber())
                                   .arg(node->name)
                                   .arg(maxValueSize);
                }
                node->text += text.left(std::max<qsizetype>(0, maxValueSize - node->text.size()));
            } else {
                node->text += text;
            }
            break;
        }
        case QXmlStreamReader::EntityReference:
            if (m_notes.size() < maxNotes) {
                m_notes << QStringLiteral("line %1: the entity &%2; is not declared in the file; left out")
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.name().toString());
            }
            break;
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::EndDocument:
            return fail(QStringLiteral("the file ends inside an element"));
        default:
            break;
        }
    }
    return true;
}

bool BmecatReader::start()
{
    bool root = false;
    for (;;) {
        const QXmlStreamReader::TokenType token = nextToken();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (!root) {
                if (name != u"BMECAT") {
                    return fail(QStringLiteral("this is not a BMEcat catalog: its root element is <%1>, not "
                                               "<BMECAT>")
                                    .arg(m_xml.qualifiedName().toString()));
                }
                root = true;
                m_header.bmecatVersion = m_xml.attributes().value(QLatin1String("version")).toString();
                break;
            }
            if (name == u"HEADER") {
                Node header;
                bool tooLarge = false;
                m_nodes = 0;
                m_textSize = 0;
                if (!readTree(&header, &tooLarge))
                    return false;
                if (tooLarge)
                    return fail(QStringLiteral("the catalog's HEADER is too large"), header.line);
                readHeader(header);
                break;
            }
            if (isTransaction(name)) {
                m_header.transaction = name.toString();
                m_inTransaction = true;
                return true;
            }
            if (!skipElement())
                return false;
            break;
        }
        case QXmlStreamReader::EndElement:
            return fail(QStringLiteral("the catalog holds no products: no T_NEW_CATALOG, T_UPDATE_PRODUCTS or "
                                       "T_NEW_PRODUCTDATA"));
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace())
                return fail(root ? QStringLiteral("text where the catalog's elements belong")
                                 : QStringLiteral("this is not a BMEcat catalog (text before the first element)"));
            break;
        case QXmlStreamReader::EndDocument:
            return fail(QStringLiteral("this is not a BMEcat catalog: it holds no <BMECAT> element"));
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

bool BmecatReader::next(Next *next)
{
    if (m_done || !m_error.isEmpty())
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = nextToken();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (!m_inTransaction || !isProduct(m_xml.name())) {
                if (!skipElement())
                    return false;
                break;
            }
            Node node;
            bool tooLarge = false;
            m_nodes = 0;
            m_textSize = 0;
            if (!readTree(&node, &tooLarge))
                return false;
            *next = Next();
            next->product.line = node.line;
            if (tooLarge) {
                next->skipReason = QStringLiteral("the product is too large (more than %1 elements or %2 "
                                                  "characters of text)")
                                       .arg(maxNodes)
                                       .arg(maxTextSize);
                next->product.supplierPid = node.childText(QStringLiteral("SUPPLIER_PID"));
                if (next->product.supplierPid.isEmpty())
                    next->product.supplierPid = node.childText(QStringLiteral("SUPPLIER_AID"));
            } else {
                readProduct(node, &next->product);
            }
            return true;
        }
        case QXmlStreamReader::EndElement:
            m_inTransaction = false; // the transaction, then the root ends
            break;
        case QXmlStreamReader::EndDocument:
            m_done = true;
            return false;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
}

void BmecatReader::readHeader(const Node &header)
{
    if (const Node *catalog = header.child(QStringLiteral("CATALOG"))) {
        for (const Node *language : catalog->childrenNamed(QStringLiteral("LANGUAGE"))) {
            const QString code = text(language).toLower();
            if (code.isEmpty())
                continue;
            m_header.languages << code;
            if (language->attribute(QStringLiteral("default")) == QLatin1String("true"))
                m_header.defaultLanguage = code;
        }
        if (m_header.defaultLanguage.isEmpty() && !m_header.languages.isEmpty())
            m_header.defaultLanguage = m_header.languages.constFirst();
        m_header.catalogId = catalog->childText(QStringLiteral("CATALOG_ID"));
        m_header.catalogVersion = catalog->childText(QStringLiteral("CATALOG_VERSION"));
        m_header.catalogName = catalog->childText(QStringLiteral("CATALOG_NAME"));
        m_header.mimeRoot = catalog->childText(QStringLiteral("MIME_ROOT"));
        for (const Node *dateTime : catalog->childrenNamed(QStringLiteral("DATETIME"))) {
            if (dateTime->attribute(QStringLiteral("type")) == QLatin1String("generation_date"))
                m_header.date = dateTime->childText(QStringLiteral("DATE"));
        }
    }
    if (m_header.date.isEmpty()) {
        if (const Node *info = header.child(QStringLiteral("GENERATOR_INFO")))
            m_header.date = info->childText(QStringLiteral("GENERATION_DATE"));
    }
    if (const Node *supplier = header.child(QStringLiteral("SUPPLIER")))
        m_header.supplierName = supplier->childText(QStringLiteral("SUPPLIER_NAME"));
}

void BmecatReader::readProduct(const Node &node, FeedProduct *product)
{
    const auto first = [](const Node &parent, const QString &a, const QString &b) {
        const QString value = parent.childText(a);
        return value.isEmpty() ? parent.childText(b) : value;
    };
    const auto anyOf = [](const Node &parent, const QString &a, const QString &b) {
        return parent.childrenNamed(a) + parent.childrenNamed(b);
    };
    product->mode = node.attribute(QStringLiteral("mode")).trimmed().toLower();
    product->supplierPid = first(node, QStringLiteral("SUPPLIER_PID"), QStringLiteral("SUPPLIER_AID"));
    for (const Node *details : anyOf(node, QStringLiteral("PRODUCT_DETAILS"), QStringLiteral("ARTICLE_DETAILS"))) {
        for (const Node *d : details->childrenNamed(QStringLiteral("DESCRIPTION_SHORT")))
            product->shortDescriptions.append({d->attribute(QStringLiteral("lang")).toLower(), d->text.trimmed()});
        for (const Node *d : details->childrenNamed(QStringLiteral("DESCRIPTION_LONG")))
            product->longDescriptions.append({d->attribute(QStringLiteral("lang")).toLower(), d->text.trimmed()});
        for (const Node *pid : details->childrenNamed(QStringLiteral("INTERNATIONAL_PID")))
            product->internationalPids.append({pid->attribute(QStringLiteral("type")).toLower(), text(pid)});
        for (const Node *ean : details->childrenNamed(QStringLiteral("EAN")))
            product->internationalPids.append({QStringLiteral("ean"), text(ean)});
        if (product->manufacturerPid.isEmpty())
            product->manufacturerPid = first(*details, QStringLiteral("MANUFACTURER_PID"), QStringLiteral("MANUFACTURER_AID"));
        if (product->manufacturerName.isEmpty())
            product->manufacturerName = details->childText(QStringLiteral("MANUFACTURER_NAME"));
        if (product->typeDescription.isEmpty())
            product->typeDescription = details->childText(QStringLiteral("MANUFACTURER_TYPE_DESCR"));
        if (product->status.isEmpty())
            product->status = details->childText(QStringLiteral("PRODUCT_STATUS"));
    }
    for (const Node *block : anyOf(node, QStringLiteral("PRODUCT_FEATURES"), QStringLiteral("ARTICLE_FEATURES"))) {
        const QString system = block->childText(QStringLiteral("REFERENCE_FEATURE_SYSTEM_NAME"));
        const QString group = block->childText(QStringLiteral("REFERENCE_FEATURE_GROUP_ID"));
        if (!system.isEmpty() || !group.isEmpty())
            product->classes.append({system, group});
        for (const Node *feature : block->childrenNamed(QStringLiteral("FEATURE"))) {
            FeedFeature f;
            f.system = system;
            f.group = group;
            f.name = feature->childText(QStringLiteral("FNAME"));
            for (const Node *value : feature->childrenNamed(QStringLiteral("FVALUE")))
                f.values << text(value);
            f.unit = feature->childText(QStringLiteral("FUNIT"));
            f.details = feature->childText(QStringLiteral("FVALUE_DETAILS"));
            f.line = feature->line;
            product->features.append(f);
        }
    }
    for (const Node *order :
         anyOf(node, QStringLiteral("PRODUCT_ORDER_DETAILS"), QStringLiteral("ARTICLE_ORDER_DETAILS"))) {
        product->orderUnit = order->childText(QStringLiteral("ORDER_UNIT"));
        product->contentUnit = order->childText(QStringLiteral("CONTENT_UNIT"));
        product->unitsPerOrderUnit = order->childText(QStringLiteral("NO_CU_PER_OU"));
        product->quantityMin = order->childText(QStringLiteral("QUANTITY_MIN"));
        product->quantityInterval = order->childText(QStringLiteral("QUANTITY_INTERVAL"));
    }
    if (const Node *logistic = node.child(QStringLiteral("PRODUCT_LOGISTIC_DETAILS"))) {
        if (const Node *tariff = logistic->child(QStringLiteral("CUSTOMS_TARIFF_NUMBER")))
            product->customsNumber = tariff->childText(QStringLiteral("CUSTOMS_NUMBER"));
        product->countryOfOrigin = logistic->childText(QStringLiteral("COUNTRY_OF_ORIGIN"));
    }
    if (const Node *info = node.child(QStringLiteral("MIME_INFO"))) {
        for (const Node *mime : info->childrenNamed(QStringLiteral("MIME"))) {
            FeedMime m;
            m.type = mime->childText(QStringLiteral("MIME_TYPE"));
            m.source = mime->childText(QStringLiteral("MIME_SOURCE"));
            m.description = mime->childText(QStringLiteral("MIME_DESCR"));
            m.purpose = mime->childText(QStringLiteral("MIME_PURPOSE"));
            product->mimes.append(m);
        }
    }
    for (const Node *reference :
         anyOf(node, QStringLiteral("PRODUCT_REFERENCE"), QStringLiteral("ARTICLE_REFERENCE"))) {
        FeedReference r;
        r.type = reference->attribute(QStringLiteral("type")).trimmed().toLower();
        r.quantity = reference->attribute(QStringLiteral("quantity")).trimmed();
        r.itemNumber = first(*reference, QStringLiteral("PROD_ID_TO"), QStringLiteral("ART_ID_TO"));
        r.line = reference->line;
        product->references.append(r);
    }
    // The ETIM guideline's extensions, wherever they lie below
    // USER_DEFINED_EXTENSIONS; their fields with or without the prefix.
    if (const Node *udx = node.child(QStringLiteral("USER_DEFINED_EXTENSIONS"))) {
        const auto field = [](const Node &parent, const char *name) {
            for (const Node &child : parent.children) {
                if (isUdx(child.name, QLatin1String(name)))
                    return text(&child);
            }
            return QString();
        };
        std::function<void(const Node &)> visit = [&](const Node &n) {
            for (const Node &child : n.children) {
                if (isUdx(child.name, QStringLiteral("PACKING_UNIT"))) {
                    product->packingUnits.append({field(child, "QUANTITY_MIN"), field(child, "QUANTITY_MAX"),
                                                  field(child, "PACKING_UNIT_CODE")});
                } else if (isUdx(child.name, QStringLiteral("NETWEIGHT"))) {
                    product->netWeight = text(&child);
                } else if (isUdx(child.name, QStringLiteral("MIME"))) {
                    FeedMime m;
                    m.source = field(child, "MIME_SOURCE");
                    m.code = field(child, "MIME_CODE");
                    m.fileName = field(child, "MIME_FILENAME");
                    m.description = field(child, "MIME_DESIGNATION");
                    if (m.description.isEmpty())
                        m.description = field(child, "MIME_DESCR");
                    product->mimes.append(m);
                } else if (isUdx(child.name, QStringLiteral("PREDECESSOR_PID"))) {
                    if (!text(&child).isEmpty())
                        product->predecessors << text(&child);
                } else {
                    visit(child);
                }
            }
        };
        visit(*udx);
    }
}

} // namespace cc
