#pragma once

#include <QEventLoop>
#include <QThread>
#include <functional>
#include <memory>

// Runs `work` on a thread of its own and returns when it is done, keeping the GUI's events
// flowing meanwhile (progress dialogs repaint, Stop can be clicked). `work` must not touch
// widgets; it reports through queued calls.
inline void runOffGuiThread(const std::function<void()>& work)
{
    std::unique_ptr<QThread> worker(QThread::create(work));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
}
