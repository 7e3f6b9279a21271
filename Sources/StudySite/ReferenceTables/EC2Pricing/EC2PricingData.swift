import Foundation

/// `content/data/ec2-pricing.yml`: example On-Demand list prices per instance type,
/// where and when they were taken, illustrative discounts, and the pricing-models comparison.
struct EC2PricingData: Sendable {
    struct Instance: Sendable, Equatable {
        var type: String
        var vcpu: Int
        var memoryGiB: Decimal
        /// On-Demand price per hour, exact as written in the file.
        var hourly: Decimal
    }

    /// Percentages off the On-Demand rate, for the illustrative Reserved and Spot columns.
    struct Discounts: Sendable, Equatable {
        var label: String
        var reserved1Year: Decimal
        var reserved3Year: Decimal
        var spot: Decimal
    }

    /// One row of the pricing-models comparison, as the notes word it.
    struct Model: Sendable, Equatable {
        var name: String
        var commitment: String
        var billing: String
        var discount: String
        var interruptible: String
        var chargedWhileStopped: String
        var bestFor: String
    }

    var path: String
    var label: String
    var region: String
    var operatingSystem: String
    var currency: String
    var retrieved: CalendarDay
    var retrievedLocation: SourceLocation
    var source: String
    var hoursPerMonth: Int
    /// The shortest run that is billed (`minimum_billed_seconds`); 0 when the data states none.
    var minimumBilledSeconds: Int = 0
    var instances: [Instance]
    var discounts: Discounts
    var models: [Model]

    func instance(_ type: String) -> Instance? {
        instances.first { $0.type == type }
    }

    /// Older than this, a build warns that the prices should be checked again.
    static let maximumAgeDays = 365

    /// A warning when the prices are over a year old (or dated in the future, a typo).
    func ageWarning(today: CalendarDay) -> Diagnostic? {
        let age = retrieved.days(until: today)
        if age > Self.maximumAgeDays {
            return .warning(
                "the EC2 prices were retrieved on \(retrieved), \(NumberText.grouped(age)) days ago (more than \(Self.maximumAgeDays)): check \(source) and update the prices and `retrieved:`",
                at: retrievedLocation)
        }
        // One day of slack: the file may be dated in a time zone ahead of UTC.
        if age < -1 {
            return .warning("`retrieved: \(retrieved)` is in the future (today is \(today), UTC)", at: retrievedLocation)
        }
        return nil
    }

    /// `amount` with this file's currency.
    func money(_ amount: Decimal, places: Int) -> String {
        Money.format(amount, places: places, currency: currency)
    }
}
