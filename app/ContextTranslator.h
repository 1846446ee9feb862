#pragma once

#include <QTranslator>

namespace cc {

// The application's translator. Several files translate through a local
// helper, `tr(text)` calling QCoreApplication::translate("Class", text),
// which lupdate files under the context it sees in the source ("cc",
// "cc::Class" or a helper class). A text not found under its own context is
// therefore looked up under "cc::Context", then "cc", then the known helper
// contexts, so that every text the .ts file translates is shown translated.
class ContextTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit ContextTranslator(QObject *parent = nullptr);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace cc
