#pragma once

#include "app/cli/Command.h"

namespace cc {

// `generate-catalog --parts N --db FILE [--seed S]`: a synthetic catalog for
// measuring speed. It needs --db, so that it never fills the user's catalog.
class GenerateCatalogCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("generate-catalog"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
