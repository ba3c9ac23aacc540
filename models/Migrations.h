#pragma once

#include <QStringList>
#include <vector>

// Numbered schema migrations. Never edit a released migration: add the next number.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration>& storeMigrations();
