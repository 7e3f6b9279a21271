import Foundation

/// When to try a URL again and how long to wait first.
struct RetryPolicy: Sendable {
    var retries: Int
    /// Seconds before the first retry; doubles each time.
    var backoff: Double
    /// No wait is longer than this (the per-request timeout).
    var cap: Double

    /// 429 and 503 ask us to come back later; other 5xx may be passing trouble.
    static func isRetryable(status: Int) -> Bool {
        status == 429 || (500...599).contains(status) && status != 501
    }

    /// Seconds to wait before retry number `attempt + 1`. `Retry-After` wins for 429 and 503.
    func delay(afterAttempt attempt: Int, status: Int?, retryAfter: String?, now: Date = Date()) -> Double {
        if status == 429 || status == 503, let retryAfter, let seconds = RetryPolicy.seconds(retryAfter: retryAfter, now: now) {
            return min(max(0, seconds), cap)
        }
        return min(backoff * pow(2, Double(attempt)), cap)
    }

    /// `Retry-After` is either delay-seconds or an HTTP date.
    static func seconds(retryAfter value: String, now: Date) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) { return Double(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date.timeIntervalSince(now) }
        }
        return nil
    }
}
