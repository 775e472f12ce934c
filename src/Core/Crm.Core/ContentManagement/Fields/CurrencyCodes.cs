using System.Globalization;

namespace OrchardCrm.ContentManagement.Fields;

/// <summary>
/// The ISO 4217 currency codes a money field accepts: the current list (so validation does not depend on
/// the ICU data of the machine), plus any code the runtime's regions know. Test (XTS) and
/// "no currency" (XXX) codes are not money.
/// </summary>
public static class CurrencyCodes
{
    private const string Iso4217 =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP " +
        "GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF " +
        "KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR " +
        "MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK " +
        "SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI " +
        "UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER " +
        "ZAR ZMW ZWG ZWL";

    private static readonly HashSet<string> Known = Build();

    public static IReadOnlySet<string> All => Known;

    /// <summary>Whether <paramref name="code"/> (upper case) is a currency code.</summary>
    public static bool IsKnown(string code) => Known.Contains(code);

    private static HashSet<string> Build()
    {
        var codes = new HashSet<string>(Iso4217.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        try
        {
            foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
            {
                try
                {
                    var symbol = new RegionInfo(culture.Name).ISOCurrencySymbol;
                    if (symbol.Length == 3 && symbol.All(char.IsAsciiLetterUpper) && symbol is not ("XTS" or "XXX")) codes.Add(symbol);
                }
                catch (ArgumentException)
                {
                    // A culture without a region (or invariant globalization): the list above suffices.
                }
            }
        }
        catch (PlatformNotSupportedException)
        {
        }
        return codes;
    }
}
