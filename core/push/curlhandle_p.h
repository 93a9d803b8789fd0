#pragma once
// CurlHandle: one libcurl easy handle and its header list, freed together; libcurl's global
// initialisation done once per process. appendToByteArray is the write callback that collects
// a reply's body. Private to core/push (the agent's and etcd's clients).

#include <mutex>

#include <curl/curl.h>

#include <QByteArray>

namespace ps {

struct CurlHandle {
    CurlHandle()
    {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        handle = curl_easy_init();
    }
    ~CurlHandle()
    {
        curl_slist_free_all(headers);
        if (handle)
            curl_easy_cleanup(handle);
    }
    CurlHandle(const CurlHandle &) = delete;
    CurlHandle &operator=(const CurlHandle &) = delete;

    CURL *handle = nullptr;
    curl_slist *headers = nullptr;
};

/// CURLOPT_WRITEFUNCTION for CURLOPT_WRITEDATA = a QByteArray *.
inline size_t appendToByteArray(char *data, size_t size, size_t count, void *user)
{
    const size_t bytes = size * count;
    static_cast<QByteArray *>(user)->append(data, qsizetype(bytes));
    return bytes;
}

} // namespace ps
