#pragma once

#include "models/import/feed/FeedProduct.h"

#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace cc {

class FeedInput;

// Reads a BMEcat catalog (2005 or 1.2) one product at a time with
// QXmlStreamReader, so that memory does not grow with the file. Elements
// are matched by their local name: files come with no namespace or with
// any of several.
//
// XML is untrusted input: nothing is fetched (no external DTD or entity is
// ever read), a file whose DTD declares entities is refused before any of
// them could be expanded ("billion laughs"), an entity the file uses
// without declaring it is left out and noted, and elements nested deeper
// than a product ever is, or a product of absurd size, are refused.
class BmecatReader
{
public:
    explicit BmecatReader(FeedInput &input);

    // Reads up to the first product: the root, the header and the start of
    // the transaction. False when the file is not a BMEcat catalog or not
    // well-formed (error() and errorLine() say why and where).
    bool start();
    const FeedHeader &header() const { return m_header; }

    // The next product; false at the end of the catalog or on an error
    // (then error() is not empty: the file cannot be imported). A product
    // that cannot be read as a whole (too large) comes with `skipReason`.
    struct Next
    {
        FeedProduct product;
        QString skipReason;
    };
    bool next(Next *next);

    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // Things noticed while reading that lose nothing the program keeps
    // (an undeclared entity left out, a value cut), with their lines.
    QStringList notes() const { return m_notes; }
    int permille() const;

private:
    // A small tree of one element: a product or the header.
    struct Node
    {
        QString name;
        QList<std::pair<QString, QString>> attributes;
        QString text;
        QList<Node> children;
        int line = 0;

        QString attribute(const QString &key) const;
        const Node *child(const QString &name) const;
        QList<const Node *> childrenNamed(const QString &name) const;
        QString childText(const QString &name) const;
    };

    QXmlStreamReader::TokenType nextToken();
    bool fail(const QString &message, int line = -1);
    // Reads the element that just started into `node`. False on an error
    // (m_error set) or when the element is too large (`tooLarge` set; the
    // rest of it is skipped).
    bool readTree(Node *node, bool *tooLarge);
    bool skipElement();
    void readHeader(const Node &header);
    static void readProduct(const Node &node, FeedProduct *product);
    static QString text(const Node *node);
    static bool isUdx(const QString &name, const QString &field);

    FeedInput &m_input;
    QXmlStreamReader m_xml;
    FeedHeader m_header;
    QString m_error;
    int m_errorLine = 0;
    QStringList m_notes;
    bool m_inTransaction = false;
    bool m_done = false;
    int m_nodes = 0;
    qint64 m_textSize = 0;
};

} // namespace cc
