#include "app/ContextTranslator.h"

#include <QByteArray>
#include <cstring>

namespace cc {

ContextTranslator::ContextTranslator(QObject *parent)
    : QTranslator(parent)
{
}

QString ContextTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context)
        return text;
    const QByteArray name(context);
    if (!name.startsWith("cc::")) {
        const QByteArray qualified = QByteArrayLiteral("cc::") + name;
        text = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    // Helpers in anonymous namespaces and helper classes of a file.
    static const char *const fallbacks[] = { "cc", "cc::Layout" };
    for (const char *fallback : fallbacks) {
        if (std::strcmp(fallback, context) == 0)
            continue;
        text = QTranslator::translate(fallback, sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    return text;
}

} // namespace cc
