#pragma once

#include <QString>
#include <optional>
#include <utility>

// Errors a user can meet are values, not exceptions: a code for the program and a
// translated sentence for the person.
struct Error
{
    enum class Code {
        Invalid,   // input does not pass validation
        Duplicate, // would break a uniqueness rule (e-mail, list name)
        NotFound,
        Database,   // SQLite reported a failure
        Corrupt,    // the file is not a usable store
        ReadOnly,   // the file or its folder cannot be written
        TooNew,     // written by a newer version of Sendtrix
        Suppressed, // the address is on the suppression list
        TooLarge,   // over a size or count limit
    };
    Error() = default;
    Error(Code c, QString text, QString inputField = {})
        : code(c)
        , message(std::move(text))
        , field(std::move(inputField))
    {}

    Code code = Code::Database;
    QString message;
    QString field; // the input it is about ("email", "tags", "name"), for forms to focus
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_ok = true;
    Error m_error;
};
