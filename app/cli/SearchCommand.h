#pragma once

#include "app/cli/Command.h"

namespace cc {

// `search QUERY [--filter KEY=VALUE]... [--limit N] [--format text|json]`:
// the catalog pane's search and facets on the command line.
class SearchCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
