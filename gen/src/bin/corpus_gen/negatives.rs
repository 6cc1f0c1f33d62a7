//! Hard negatives: documents that share the shapes of PHI without being
//! patient data. Invoices with order numbers and prices, phone lists,
//! changelogs and copyright files with names and dates, logs with UUIDs and
//! nine-digit request ids, part catalogs whose part numbers are real
//! ICD-10-CM codes, obituaries and family trees (names and birth dates, no
//! health data), source code, lottery results, minutes, newsletters.
//!
//! Issue 5 adds the quasi-identifiers' look-alikes, each without any
//! patient identifier (so the scanner must keep them below `medium`):
//! invoices and vendor letters with a company's real-looking phone, fax,
//! e-mail, street address, ZIP, website and "Account #"; web-server access
//! logs full of IPv4 and IPv6 addresses; changelogs with e-mail addresses
//! and four-part versions (`1.2.3.4`, an IPv4 shape); a used-car listing
//! with VINs; obituaries saying "aged 94" with no clinical words; product
//! catalogues with GTINs, UDI barcodes and serial numbers. Nothing here is
//! labelled as an NPI, DEA, MBI, NDC or card number: those are reported on
//! their label alone.
//!
//! Nothing here is truth: any finding at `medium` or above is a false
//! positive, and any `high` one fails the target. A few documents
//! carry the everyday words that overlap the detectors' keyword lists
//! ("Account #" on an invoice, "Dear subscriber", "chart" in a sales
//! report, "insured" on a shipping invoice, "the Depression" in an
//! obituary), because real negative text does.

use super::dicts::Dicts;
use super::ids::{self, PhoneFmt};
use super::values::{phone, title, Date, DateFmt, CITIES};
use super::Doc;
use phiscan_gen::rng::Rng;

/// A target size for a negative file between `lo` and `hi` bytes (all
/// within the 1-40 KB the corpus aims at).
fn target_size(rng: &Rng, lo: usize, hi: usize) -> usize {
    rng.range(lo as u32, hi as u32) as usize
}

/// Any date of the last fifteen years or so.
fn any_date(rng: &Rng) -> Date {
    Date::random(rng, 2008, 2024)
}

/// "John Smith" from the census lists: negatives are full of real-looking
/// names, which is the point.
fn person(rng: &Rng, dicts: &Dicts) -> (String, String) {
    (title(dicts.first(rng)), title(dicts.last(rng)))
}

/// "First Last".
fn full(rng: &Rng, dicts: &Dicts) -> String {
    let (f, l) = person(rng, dicts);
    format!("{f} {l}")
}

/// first.last@domain
fn email_of(first: &str, last: &str, domain: &str) -> String {
    format!("{}.{}@{domain}", first.to_lowercase(), last.to_lowercase())
}

/// Supplier names (no person names in them).
const VENDORS: &[&str] = &[
    "Acme Industrial Supply",
    "Northwind Traders",
    "Great Lakes Fasteners",
    "Bluewater Marine Parts",
    "Summit Office Products",
    "Prairie Electric Co.",
    "Ridgeline Hydraulics",
    "Keystone Lab Glass",
];

/// Invoice and catalogue line items.
const PRODUCTS: &[&str] = &[
    "Hex bolt M8x40, zinc plated (box of 100)",
    "Hydraulic hose assembly, 3/8 in x 48 in",
    "Deep groove ball bearing 6204-2RS",
    "Toner cartridge, black, high yield",
    "Copy paper, letter, 10 ream case",
    "Cable ties 8 in, natural, 100 pack",
    "Relay 24VDC DPDT with socket",
    "Fuse 10A slow-blow, 5 pack",
    "Pressure gauge 0-160 psi, 2.5 in dial",
    "LED panel light 2x4 ft, 4000K",
    "Stainless washer 1/4 in (bag of 250)",
    "Shop towels, blue, 12 rolls",
    "Safety glasses, clear, anti-fog",
    "Extension cord 50 ft, 12/3 gauge",
    "Wire nut assortment kit",
    "Drill bit set, cobalt, 29 piece",
];

/// A part number. Some are exactly ICD-10-CM codes (`E11.9`, `A01`):
/// vendors' numbering knows nothing of the code table.
fn part_number(rng: &Rng, dicts: &Dicts) -> String {
    match rng.below(5) {
        0 | 1 => dicts.icd10(rng).code,
        2 => format!(
            "{}{:02}",
            char::from(b'A' + rng.below(26) as u8),
            rng.range(1, 99)
        ),
        3 => format!("{}-{}", rng.range(100, 999), rng.digits(4)),
        _ => format!("PN{}", rng.digits(6)),
    }
}

/// A supplier invoice: order and invoice numbers, phone numbers, part
/// numbers shaped like diagnosis codes, prices.
pub fn invoice(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let mut doc = Doc::new(format!("negatives/invoices/{}/invoice_{idx:05}.txt", d.y));
    let vendor = rng.pick(VENDORS);
    company_block(rng, dicts, &mut doc, vendor);
    doc.line("");
    doc.line(&format!("{:>60}", "INVOICE"));
    doc.line(&format!("Invoice No: INV-{}-{}", d.y, rng.digits(5)));
    doc.line(&format!(
        "Invoice Date: {}    Due: {}",
        d.fmt(DateFmt::Us),
        d.plus(30).fmt(DateFmt::Us)
    ));
    doc.line(&format!(
        "Order Number: {}    PO: {}",
        rng.digits(9),
        rng.range(10000, 99999)
    ));
    if rng.chance(0.2) {
        doc.line(&format!("Account #: {}", rng.digits(8)));
    } else {
        doc.line(&format!("Customer No.: C-{}", rng.digits(6)));
    }
    doc.line("");
    let (f, l) = person(rng, dicts);
    doc.line("Bill To:");
    if rng.chance(0.5) {
        doc.line(&format!("{f} {l}"));
    } else {
        doc.line(&format!("Attn: {f} {l}, Purchasing"));
    }
    doc.line(&format!("{} Industrial Dr", rng.range(100, 9999)));
    let c2 = rng.pick_ref(CITIES);
    doc.line(&format!(
        "{}, {} {}",
        c2.name,
        c2.state,
        dicts.zip(rng, c2.state, c2.zip3)
    ));
    doc.line(&format!(
        "Tel {}",
        ids::fmt_phone(&ids::nanp_digits(rng, Some(c2.area)), PhoneFmt::Paren)
    ));
    doc.line("");
    doc.line(&format!(
        "{:<12}{:<44}{:>5}{:>10}{:>11}",
        "PART NO", "DESCRIPTION", "QTY", "UNIT", "AMOUNT"
    ));
    doc.line(&"-".repeat(82));
    let mut total = 0u32;
    for _ in 0..rng.range(4, 40) {
        let qty = rng.range(1, 40);
        let unit = rng.range(150, 45000);
        let amt = qty * unit;
        total += amt;
        doc.line(&format!(
            "{:<12}{:<44}{:>5}{:>10}{:>11}",
            part_number(rng, dicts),
            rng.pick(PRODUCTS),
            qty,
            format!("{}.{:02}", unit / 100, unit % 100),
            format!("{}.{:02}", amt / 100, amt % 100)
        ));
    }
    doc.line(&"-".repeat(82));
    let tax = total * 7 / 100;
    doc.line(&format!(
        "{:>71}{:>11}",
        "Subtotal",
        format!("{}.{:02}", total / 100, total % 100)
    ));
    doc.line(&format!(
        "{:>71}{:>11}",
        "Sales tax 7.00%",
        format!("{}.{:02}", tax / 100, tax % 100)
    ));
    if rng.chance(0.3) {
        doc.line(&format!("{:>71}{:>11}", "Freight (insured)", "45.00"));
    }
    doc.line(&format!(
        "{:>71}{:>11}",
        "TOTAL DUE",
        format!("${}.{:02}", (total + tax) / 100, (total + tax) % 100)
    ));
    doc.line("");
    doc.line(&format!(
        "Questions? Call {} or e-mail ar@{}",
        phone(rng),
        vendor_domain(vendor)
    ));
    doc.line("Terms: net 30. A 1.5% monthly charge applies to past-due balances.");
    doc
}

/// A vendor's web domain (`northwindtraders.com`).
fn vendor_domain(vendor: &str) -> String {
    let words: String = vendor
        .split(' ')
        .filter(|w| !w.ends_with('.'))
        .collect::<Vec<_>>()
        .join("")
        .to_lowercase();
    format!("{words}.com")
}

/// A company's letterhead: street address with a real ZIP, phone and fax
/// (valid numbers, not the fictional range), e-mail and website. Without
/// a patient in the document, all of it must stay below `medium`.
fn company_block(rng: &Rng, dicts: &Dicts, doc: &mut Doc, vendor: &str) {
    let c = rng.pick_ref(CITIES);
    let domain = vendor_domain(vendor);
    doc.line(&vendor.to_uppercase());
    doc.line(&format!(
        "{}, {}, {} {}",
        ids::street_line(rng, dicts.last(rng)),
        c.name,
        c.state,
        dicts.zip(rng, c.state, c.zip3)
    ));
    let main = ids::nanp_digits(rng, Some(c.area));
    let fax = ids::nanp_digits(rng, Some(c.area));
    doc.line(&format!(
        "Phone {}    Fax {}",
        ids::fmt_phone(&main, PhoneFmt::delimited(rng)),
        ids::fmt_phone(&fax, PhoneFmt::delimited(rng))
    ));
    doc.line(&format!(
        "{}@{domain}    Website: www.{domain}",
        rng.pick(&["sales", "orders", "info", "service"])
    ));
}

/// A vendor's letter to a customer: letterhead, a contact person, an
/// account number, a price change or a new account rep, and a signature
/// with a direct line and e-mail.
pub fn vendor_letter(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let mut doc = Doc::new(format!(
        "negatives/correspondence/{}/letter_{idx:05}.txt",
        d.y
    ));
    let vendor = rng.pick(VENDORS);
    company_block(rng, dicts, &mut doc, vendor);
    doc.line("");
    doc.line(&d.fmt(DateFmt::Long));
    doc.line("");
    let (f, l) = person(rng, dicts);
    let c = rng.pick_ref(CITIES);
    doc.line(&format!("{f} {l}"));
    doc.line(rng.pick(&[
        "Purchasing Department",
        "Accounts Payable",
        "Facilities Manager",
    ]));
    doc.line(&ids::street_line(rng, dicts.last(rng)));
    doc.line(&format!(
        "{}, {} {}",
        c.name,
        c.state,
        dicts.zip(rng, c.state, c.zip3)
    ));
    doc.line("");
    doc.line(&format!("RE: Account #: {}", rng.digits(8)));
    doc.line("");
    doc.line(&format!("Dear {f} {l},"));
    doc.line("");
    let body = rng.pick(&[
        "Thank you for your continued business. Effective the first of next month, list prices on fasteners and fittings will increase by 4.5%. Orders placed before then will be invoiced at current prices.",
        "We are pleased to introduce your new account representative, who will be visiting your site in the coming weeks to review your standing orders and delivery schedule.",
        "Our records show two invoices past due on your account. If payment has already been sent, please disregard this notice; otherwise please remit at your earliest convenience.",
    ]);
    super::values::wrap_into(&mut doc.text, body, 76);
    doc.line("");
    let (rf, rl) = person(rng, dicts);
    let direct = ids::nanp_digits(rng, Some(c.area));
    doc.line("Sincerely,");
    doc.line("");
    doc.line(&format!("{rf} {rl}"));
    doc.line("Account Manager");
    doc.line(&format!(
        "Direct: {}    Mobile: {}",
        ids::fmt_phone(&direct, PhoneFmt::delimited(rng)),
        ids::fmt_phone(&ids::nanp_digits(rng, None), PhoneFmt::delimited(rng))
    ));
    doc.line(&format!(
        "E-mail: {}.{}@{}",
        rf.to_lowercase(),
        rl.to_lowercase(),
        vendor_domain(vendor)
    ));
    doc
}

/// A department phone list.
pub fn phone_list(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!("negatives/contacts/directory_{idx:05}.txt"));
    let d = any_date(rng);
    let org = rng.pick(&[
        "Facilities",
        "Finance",
        "Engineering",
        "Sales",
        "Customer Support",
        "Warehouse",
    ]);
    doc.line(&format!(
        "{org} Department Directory - updated {}",
        d.fmt(DateFmt::Long)
    ));
    doc.line("");
    doc.line(&format!(
        "{:<26}{:<24}{:<6}{:<18}{}",
        "NAME", "TITLE", "EXT", "DIRECT", "MOBILE"
    ));
    let size = target_size(rng, 4000, 20000);
    while doc.text.len() < size {
        let (f, l) = person(rng, dicts);
        doc.line(&format!(
            "{:<26}{:<24}{:<6}{:<18}{}",
            if rng.chance(0.5) {
                format!("{l}, {f}")
            } else {
                format!("{f} {l}")
            },
            rng.pick(&[
                "Manager",
                "Analyst",
                "Technician",
                "Coordinator",
                "Director",
                "Associate",
                "Engineer II"
            ]),
            rng.range(100, 4999),
            phone(rng),
            if rng.chance(0.5) {
                format!("555-{}-{}", rng.range(100, 999), rng.digits(4))
            } else {
                phone(rng)
            }
        ));
    }
    doc.line("");
    doc.line("Main line: 555-123-4567    After hours: (614) 555-0142");
    doc
}

/// Software project names for code, changelogs and copyright files.
const PROJECTS: &[&str] = &[
    "libquill",
    "tern-http",
    "mapleparse",
    "grainstore",
    "kestrel-cli",
    "fjord-db",
    "sparrow-ui",
    "basalt",
];

/// A changelog in Markdown or Debian format: versions, dates, authors.
pub fn changelog(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let proj = rng.pick(PROJECTS);
    let debian = rng.chance(0.4);
    let mut doc = Doc::new(if debian {
        format!("negatives/src/{proj}-{idx:05}/debian/changelog")
    } else {
        format!("negatives/src/{proj}-{idx:05}/CHANGELOG.md")
    });
    let size = target_size(rng, 4000, 32000);
    let (mut maj, mut min, mut pat) = (rng.range(1, 5), rng.range(0, 20), rng.range(0, 9));
    let mut d = Date::random(rng, 2022, 2024);
    let authors: Vec<(String, String)> = (0..rng.range(2, 6)).map(|_| person(rng, dicts)).collect();
    let four_part = rng.chance(0.35);
    const CHANGES: &[&str] = &[
        "Fix crash on startup when the config file is empty",
        "Add --verbose flag to the import command",
        "Bump dependency versions; drop support for 1.x",
        "Speed up parsing of large files by about 30%",
        "Correct the handling of time zones in timestamps",
        "Document the retry policy",
        "Update translations",
        "Remove deprecated API endpoints",
        "Fix off-by-one error in pagination",
        "Build with the new toolchain",
    ];
    if !debian {
        doc.line("# Changelog");
        doc.line("");
        doc.line("All notable changes to this project are documented in this file.");
        doc.line("");
    }
    while doc.text.len() < size {
        let (f, l) = rng.pick_ref(&authors).clone();
        if debian {
            doc.line(&format!(
                "{proj} ({maj}.{min}.{pat}-1) unstable; urgency=medium"
            ));
            doc.line("");
            for _ in 0..rng.range(1, 4) {
                doc.line(&format!("  * {}.", rng.pick(CHANGES)));
            }
            doc.line("");
            doc.line(&format!(
                " -- {f} {l} <{}>  {}, {:02} {} {} {:02}:{:02}:{:02} +0100",
                email_of(
                    &f,
                    &l,
                    if rng.chance(0.5) {
                        "debian.org".to_string()
                    } else {
                        format!("{proj}.org")
                    }
                    .as_str()
                ),
                d.weekday(),
                d.d,
                d.mon(),
                d.y,
                rng.range(0, 23),
                rng.range(0, 59),
                rng.range(0, 59)
            ));
            doc.line("");
        } else {
            // Some projects number builds too: `2.4.1.7` has an IPv4's
            // shape.
            let build = if four_part {
                format!(".{}", rng.range(0, 40))
            } else {
                String::new()
            };
            doc.line(&format!(
                "## [{maj}.{min}.{pat}{build}] - {}",
                d.fmt(DateFmt::Iso)
            ));
            doc.line("");
            for _ in 0..rng.range(1, 5) {
                doc.line(&format!(
                    "- {} ({f} {l}, #{})",
                    rng.pick(CHANGES),
                    rng.range(100, 4000)
                ));
            }
            if rng.chance(0.3) {
                doc.line(&format!(
                    "- Thanks to {} for the report.",
                    email_of(
                        &f,
                        &l,
                        rng.pick(&["gmail.com", "fastmail.fm", &format!("{proj}.dev")])
                    )
                ));
            }
            doc.line("");
        }
        d = d.plus(-(rng.range(5, 90) as i64));
        if pat > 0 {
            pat -= 1;
        } else if min > 0 {
            min -= 1;
            pat = rng.range(0, 6);
        } else if maj > 0 {
            maj -= 1;
            min = rng.range(3, 12);
        } else {
            break;
        }
    }
    doc
}

/// A copyright file or licence header with holders and years.
pub fn copyright(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let proj = rng.pick(PROJECTS);
    let mut doc = Doc::new(format!("negatives/src/{proj}-{idx:05}/debian/copyright"));
    doc.line("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/");
    doc.line(&format!("Upstream-Name: {proj}"));
    doc.line(&format!("Source: https://example.org/{proj}"));
    doc.line("");
    let size = target_size(rng, 2000, 12000);
    let mut first = true;
    while doc.text.len() < size {
        doc.line(&format!(
            "Files: {}",
            if first {
                "*".to_string()
            } else {
                format!("src/{}/*", rng.pick(&["util", "net", "io", "vendor"]))
            }
        ));
        first = false;
        for i in 0..rng.range(1, 4) {
            let (f, l) = person(rng, dicts);
            let y0 = rng.range(1998, 2018);
            doc.line(&format!(
                "{}{}-{} {f} {l} <{}>",
                if i == 0 { "Copyright: " } else { "           " },
                y0,
                y0 + rng.range(1, 6),
                email_of(&f, &l, "example.net")
            ));
        }
        doc.line(&format!(
            "License: {}",
            rng.pick(&["MIT", "BSD-3-clause", "Apache-2.0", "GPL-2+"])
        ));
        doc.line("");
    }
    doc.line("License: MIT");
    doc.line(" Permission is hereby granted, free of charge, to any person obtaining a copy");
    doc.line(" of this software and associated documentation files (the \"Software\"), to deal");
    doc.line(" in the Software without restriction, subject to the following conditions:");
    doc.line(" .");
    doc.line(" The above copyright notice and this permission notice shall be included in");
    doc.line(" all copies or substantial portions of the Software.");
    doc
}

/// A service log: ISO timestamps, UUIDs, nine-digit ids, IPs, latencies.
pub fn log_file(rng: &Rng, _dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let svc = rng.pick(&[
        "orders-api",
        "gateway",
        "billing-worker",
        "inventory",
        "auth",
    ]);
    let mut doc = Doc::new(format!(
        "negatives/logs/{svc}/{svc}-{}-{idx:05}.log",
        d.fmt(DateFmt::Iso)
    ));
    let size = target_size(rng, 10000, 40000);
    let (mut h, mut m, mut s, mut ms) = (rng.range(0, 20), 0, 0, 0);
    while doc.text.len() < size {
        ms += rng.range(1, 900);
        if ms >= 1000 {
            ms -= 1000;
            s += 1;
        }
        if s >= 60 {
            s = 0;
            m += 1;
        }
        if m >= 60 {
            m = 0;
            h = (h + 1) % 24;
        }
        let stamp = format!("{}T{h:02}:{m:02}:{s:02}.{ms:03}Z", d.fmt(DateFmt::Iso));
        let uuid = format!(
            "{}-{}-{}-{}-{}",
            rng.hex(8),
            rng.hex(4),
            rng.hex(4),
            rng.hex(4),
            rng.hex(12)
        );
        let line = match rng.below(6) {
            0 | 1 => format!(
                "{stamp} INFO  [{uuid}] {} /api/v2/orders/{} {} {}ms ip=10.{}.{}.{}",
                rng.pick(&["GET", "POST", "PUT"]),
                rng.digits(9),
                rng.pick(&["200", "200", "201", "404", "500"]),
                rng.range(2, 900),
                rng.range(0, 255),
                rng.range(0, 255),
                rng.range(1, 254)
            ),
            2 => format!(
                "{stamp} DEBUG [{uuid}] cache hit key=sku:{} ttl={}s",
                rng.digits(9),
                rng.range(30, 3600)
            ),
            3 => format!(
                "{stamp} WARN  [{uuid}] retrying request_id={} attempt={} backoff={}.{}s",
                rng.digits(9),
                rng.range(1, 5),
                rng.range(0, 9),
                rng.range(0, 9)
            ),
            4 => format!(
                "{stamp} INFO  worker={} processed batch={} items={} version={}.{}.{}",
                rng.range(1, 16),
                rng.digits(6),
                rng.range(1, 500),
                rng.range(1, 4),
                rng.range(0, 30),
                rng.range(0, 9)
            ),
            _ => format!(
                "{stamp} ERROR [{uuid}] upstream timeout after {}ms host=db-{}.internal trace={}",
                rng.range(1000, 30000),
                rng.range(1, 9),
                rng.hex(16)
            ),
        };
        doc.line(&line);
    }
    doc
}

/// A parts catalogue: part numbers that are also ICD-10-CM codes, with
/// mechanical descriptions and prices.
pub fn catalog(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!(
        "negatives/catalog/{}_{idx:05}.txt",
        rng.pick(&["price_list", "parts_catalog", "spares"])
    ));
    let vendor = rng.pick(VENDORS);
    let d = any_date(rng);
    doc.line(&format!(
        "{vendor} - Replacement parts catalogue, effective {}",
        d.fmt(DateFmt::Long)
    ));
    doc.line(&format!(
        "Rev. {}.{}    Section {}",
        rng.range(1, 9),
        rng.range(0, 9),
        rng.pick(&["A01", "B12", "C04", "E11"])
    ));
    doc.line("");
    let size = target_size(rng, 10000, 38000);
    // Some catalogues print each item's GTIN (a GS1 barcode number, the
    // same check digit as a device UDI's) and list demo units by serial.
    let gtins = rng.chance(0.5);
    while doc.text.len() < size {
        let price = rng.range(99, 99999);
        doc.line(&format!(
            "{:<10} {:<46} bin {}{:02}  {:>9}",
            part_number(rng, dicts),
            rng.pick(PRODUCTS),
            char::from(b'A' + rng.below(8) as u8),
            rng.range(1, 40),
            format!("{}.{:02}", price / 100, price % 100)
        ));
        if gtins {
            if rng.chance(0.3) {
                let sn = ids::serial(rng);
                doc.line(&format!("           Barcode: {}", ids::udi(rng, &sn)));
            } else {
                doc.line(&format!("           GTIN {}", ids::gtin14(rng)));
            }
        }
    }
    if rng.chance(0.6) {
        doc.line("");
        doc.line("Demonstration and refurbished units (sold as is):");
        for _ in 0..rng.range(2, 8) {
            doc.line(&format!(
                "  {:<46} Serial No: {}",
                rng.pick(PRODUCTS),
                ids::serial(rng)
            ));
        }
    }
    doc
}

/// A web server's access log (combined log format): client IPv4 and IPv6
/// addresses, timestamps, request paths, user agents, and no patient in
/// sight. Every address is an IP the rule accepts; without a patient
/// identifier in the file none may reach `medium`.
pub fn access_log(rng: &Rng, _dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let site = rng.pick(&["www", "shop", "docs", "blog"]);
    let mut doc = Doc::new(format!(
        "negatives/logs/nginx/{site}-access-{}-{idx:05}.log",
        d.fmt(DateFmt::Iso)
    ));
    let clients: Vec<String> = (0..rng.range(5, 30))
        .map(|_| {
            if rng.chance(0.25) {
                ids::ipv6(rng)
            } else {
                ids::ipv4(rng)
            }
        })
        .collect();
    let size = target_size(rng, 8000, 38000);
    let (mut h, mut m, mut s) = (rng.range(0, 12), 0u32, 0u32);
    while doc.text.len() < size {
        s += rng.range(0, 20);
        m += s / 60;
        s %= 60;
        h = (h + m / 60) % 24;
        m %= 60;
        let path = match rng.below(6) {
            0 => "/".to_string(),
            1 => format!("/products/{}", rng.range(100, 9999)),
            2 => format!("/static/js/app.{}.js", rng.hex(8)),
            3 => format!("/blog/{}/{:02}/spring-sale", d.y, d.m),
            4 => "/favicon.ico".to_string(),
            _ => format!(
                "/search?q={}",
                rng.pick(&["garden+hose", "desk+lamp", "boots"])
            ),
        };
        doc.line(&format!(
            "{} - - [{:02}/{}/{}:{h:02}:{m:02}:{s:02} -0500] \"{} {path} HTTP/1.1\" {} {} \"-\" \"{}\"",
            rng.pick_ref(&clients),
            d.d,
            d.mon(),
            d.y,
            rng.pick(&["GET", "GET", "GET", "POST", "HEAD"]),
            rng.pick(&["200", "200", "200", "304", "404", "301"]),
            rng.range(200, 90000),
            rng.pick(&[
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.130 Safari/537.36",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "curl/8.4.0",
                "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
            ])
        ));
    }
    doc
}

/// A used-car dealer's listing: year, model, mileage, price and each
/// car's VIN, a phone and a street address; no one's health in it.
pub fn car_listing(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let mut doc = Doc::new(format!("negatives/classifieds/used_cars_{idx:05}.txt"));
    let c = rng.pick_ref(CITIES);
    let lot = format!(
        "{} {}",
        title(dicts.last(rng)),
        rng.pick(&["Motors", "Auto Sales", "Pre-Owned", "Car Center"])
    );
    doc.line(&format!(
        "{} - USED INVENTORY - {}",
        lot.to_uppercase(),
        d.fmt(DateFmt::Long)
    ));
    doc.line(&format!(
        "{}, {}, {} {}    Call {}",
        ids::street_line(rng, dicts.last(rng)),
        c.name,
        c.state,
        dicts.zip(rng, c.state, c.zip3),
        ids::fmt_phone(
            &ids::nanp_digits(rng, Some(c.area)),
            PhoneFmt::delimited(rng)
        )
    ));
    doc.line("");
    let size = target_size(rng, 2000, 12000);
    while doc.text.len() < size {
        let year = rng.range(2008, d.y.max(2009));
        let miles = rng.range(8, 190) * 1000 + rng.range(0, 999);
        let price = rng.range(40, 380) * 100 - 5;
        let (model, wmi) = *rng.pick_ref(super::more_docs::VEHICLES);
        doc.line(&format!(
            "{year} {model} {}  {},{:03} mi  ${},{:03}",
            rng.pick(&["LX", "EX", "SE", "XLT", "Limited", "Sport", "Base"]),
            miles / 1000,
            miles % 1000,
            price / 1000,
            price % 1000
        ));
        doc.line(&format!(
            "   VIN: {}   Stock #{}   {}",
            ids::vin(rng, wmi),
            rng.range(1000, 9999),
            rng.pick(&[
                "One owner, clean title.",
                "New tires, service records.",
                "Minor hail damage, priced to sell.",
                "Certified, 12-month warranty.",
            ])
        ));
    }
    doc.line("");
    doc.line(&format!(
        "Financing available. Ask for {} in sales. Open Mon-Sat 9-7.",
        title(dicts.first(rng))
    ));
    doc
}

/// Towns for obituaries and family trees.
const PLACES: &[&str] = &[
    "Dayton",
    "Kettering",
    "Columbus",
    "Springfield",
    "Toledo",
    "Xenia",
    "Lima",
    "Findlay",
    "Marion",
];

/// A newspaper's obituaries: one to five notices with names, birth and
/// death dates and family, and no health data. Some say "a longtime
/// resident of" or mention growing up "during the Depression", as
/// obituaries do.
pub fn obituary(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let died = any_date(rng);
    let mut doc = Doc::new(format!(
        "negatives/community/obituaries/{}/obituaries_{idx:05}.txt",
        died.y
    ));
    let n = if rng.chance(0.35) { 1 } else { rng.range(2, 6) };
    for i in 0..n {
        if i > 0 {
            doc.line("");
            doc.line("*   *   *");
            doc.line("");
        }
        one_obituary(rng, dicts, &mut doc, died.plus(-(rng.range(0, 4) as i64)));
    }
    doc
}

/// One notice.
fn one_obituary(rng: &Rng, dicts: &Dicts, doc: &mut Doc, died: Date) {
    let born = if rng.chance(0.3) {
        Date::random(rng, 1914, 1930)
    } else {
        Date::random(rng, 1920, 1960)
    };
    let (first, last) = person(rng, dicts);
    let middle = title(dicts.first(rng));
    let spouse = title(dicts.first(rng));
    let town = rng.pick(PLACES);
    let bf = if rng.chance(0.5) {
        DateFmt::Long
    } else {
        DateFmt::DayMon
    };
    doc.line(&format!("{}, {first} {middle}", last.to_uppercase()));
    doc.line("");
    let age = died.y - born.y - u32::from((died.m, died.d) < (born.m, born.d));
    // "aged 94": an age over 89 in a shape the age rule knows, with no
    // clinical word near it.
    let age_text = if rng.chance(0.45) {
        format!("aged {age}")
    } else {
        age.to_string()
    };
    let mut p = format!(
        "{first} {middle} {last}, {age_text}, of {town}, passed away peacefully at home on {}. {first} was born {} in {}, the {} of {} children of {} and {} {}.",
        died.fmt(DateFmt::Long),
        born.fmt(bf),
        rng.pick(PLACES),
        rng.pick(&["first", "second", "third", "youngest"]),
        rng.pick(&["three", "four", "five", "seven"]),
        title(dicts.first(rng)),
        title(dicts.first(rng)),
        last
    );
    if rng.chance(0.08) {
        p.push_str(" Growing up during the Depression taught thrift that lasted a lifetime.");
    }
    if rng.chance(0.4) {
        p.push_str(&format!(
            " A longtime resident of {town}, {first} was active in the parish and the garden club."
        ));
    }
    super::values::wrap_into(&mut doc.text, &p, 76);
    doc.line("");
    let married = born.plus(rng.range(7000, 10000) as i64);
    let p2 = format!(
        "{first} graduated from {} High School in {} and worked for {} years at the {}. On {}, {first} married {spouse} {last}, who survives. Together they raised {} children.",
        rng.pick(&["Roosevelt", "Central", "Fairmont", "Chaminade", "Belmont"]),
        born.y + 18,
        rng.range(12, 40),
        rng.pick(&["county library", "post office", "paper mill", "Frigidaire plant", "First National Bank"]),
        married.fmt(DateFmt::Long),
        rng.range(2, 6)
    );
    super::values::wrap_into(&mut doc.text, &p2, 76);
    doc.line("");
    let kids: Vec<String> = (0..rng.range(2, 5))
        .map(|_| {
            format!(
                "{} ({}) {} of {}",
                title(dicts.first(rng)),
                title(dicts.first(rng)),
                title(dicts.last(rng)),
                rng.pick(PLACES)
            )
        })
        .collect();
    let p3 = format!(
        "{first} is survived by {}; {} grandchildren; and a brother, {}. Preceded in death by a sister, {}.",
        kids.join(", "),
        rng.range(2, 14),
        full(rng, dicts),
        full(rng, dicts)
    );
    super::values::wrap_into(&mut doc.text, &p3, 76);
    doc.line("");
    let hobbies = rng.sample(
        &[
            "fishing at the lake every summer",
            "a weekly bridge game",
            "the Reds, in good years and bad",
            "woodworking in the garage",
            "baking pies for every church supper",
            "crossword puzzles in ink",
            "long drives with no destination",
            "the high school marching band",
            "tending a vegetable garden",
        ],
        3,
    );
    let p5 = format!(
        "{first} loved {}, {} and {}. {} {} Friends remember a quick laugh and an open door.",
        hobbies[0],
        hobbies[1],
        hobbies[2],
        rng.pick(&[
            "For years the family gathered at the farm every Thanksgiving.",
            "Retirement brought trips to every state capital but two.",
            "Sunday dinners were not optional.",
        ]),
        rng.pick(&[
            "Volunteering at the food pantry filled many Tuesday mornings.",
            "The grandchildren knew where the cookie jar was kept.",
            "Letters to the editor of the local paper were a lifelong habit.",
        ])
    );
    super::values::wrap_into(&mut doc.text, &p5, 76);
    doc.line("");
    let vis = died.plus(rng.range(3, 7) as i64);
    let p4 = format!(
        "Visitation will be held {} from 4 to 7 p.m. at {} Funeral Home. In lieu of flowers, the family suggests gifts to the {} Public Library.",
        vis.fmt(DateFmt::Long),
        title(dicts.last(rng)),
        town
    );
    super::values::wrap_into(&mut doc.text, &p4, 76);
}

/// A genealogy export (GEDCOM 5.5): individuals with birth, marriage and
/// death dates and places.
pub fn gedcom(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!("negatives/genealogy/family_tree_{idx:05}.ged"));
    let surname = title(dicts.last(rng));
    doc.line("0 HEAD");
    doc.line("1 SOUR FamilyTreeBuilder");
    doc.line("2 VERS 8.0.4");
    doc.line("1 GEDC");
    doc.line("2 VERS 5.5.1");
    doc.line("1 CHAR UTF-8");
    let size = target_size(rng, 8000, 38000);
    let mut n = 1;
    while doc.text.len() < size {
        let born = Date::random(rng, 1820, 1990);
        let last = if rng.chance(0.6) {
            surname.clone()
        } else {
            title(dicts.last(rng))
        };
        doc.line(&format!("0 @I{n}@ INDI"));
        doc.line(&format!("1 NAME {} /{last}/", title(dicts.first(rng))));
        doc.line(&format!(
            "1 SEX {}",
            if rng.chance(0.5) { "F" } else { "M" }
        ));
        doc.line("1 BIRT");
        doc.line(&format!(
            "2 DATE {} {} {}",
            born.d,
            born.mon().to_uppercase(),
            born.y
        ));
        doc.line(&format!("2 PLAC {}, Ohio, USA", rng.pick(PLACES)));
        if born.y < 1950 || rng.chance(0.2) {
            let died = born.plus(rng.range(15000, 34000) as i64);
            doc.line("1 DEAT");
            doc.line(&format!(
                "2 DATE {} {} {}",
                died.d,
                died.mon().to_uppercase(),
                died.y
            ));
        }
        doc.line(&format!("1 FAMS @F{}@", n / 2 + 1));
        n += 1;
    }
    doc.line("0 TRLR");
    doc
}

/// Source code: a small module with constants, version strings, dated
/// comments and, in some, a form validator whose tests use the published
/// sample SSNs (which the scanner must leave at `low`).
pub fn source_code(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let proj = rng.pick(PROJECTS);
    let lang = rng.below(3);
    let (ext, c) = [("rs", "//"), ("py", "#"), ("js", "//")][lang];
    let module = rng.pick(&[
        "config", "retry", "parser", "cache", "format", "validate", "schedule", "units",
    ]);
    let mut doc = Doc::new(format!("negatives/src/{proj}-{idx:05}/src/{module}.{ext}"));
    let (f, l) = person(rng, dicts);
    let y = rng.range(2012, 2024);
    doc.line(&format!(
        "{c} Copyright {y} {f} {l} and the {proj} contributors."
    ));
    doc.line(&format!("{c} SPDX-License-Identifier: MIT"));
    doc.line(&format!(
        "{c} Last reviewed {} ({f} {l})",
        Date::random(rng, y, 2024).fmt(DateFmt::Iso)
    ));
    doc.line("");
    let size = target_size(rng, 8000, 38000);
    let names = [
        "load", "parse", "retry", "flush", "merge", "encode", "decode", "resolve", "render",
        "split", "compact", "verify",
    ];
    let objs = [
        "header", "config", "batch", "entry", "token", "window", "record", "buffer", "segment",
        "policy",
    ];
    let mut i = 0;
    while doc.text.len() < size {
        let (verb, obj) = (rng.pick(&names), rng.pick(&objs));
        let fname = format!("{verb}_{obj}");
        let what = format!("{} the {obj}", title(verb));
        let k1 = rng.range(2, 4096);
        let k2 = format!(
            "{}.{}.{}",
            rng.range(0, 9),
            rng.range(0, 40),
            rng.range(0, 20)
        );
        let k3 = format!("{}.{:02}", rng.range(100, 999), rng.range(0, 99));
        match lang {
            0 => {
                doc.line(&format!("/// {what} (see issue #{}).", rng.range(10, 9000)));
                doc.line(&format!(
                    "pub fn {fname}_{i}(input: &[u8], limit: usize) -> Result<usize, Error> {{"
                ));
                doc.line(&format!("    const MAX: usize = {k1};"));
                doc.line(&format!("    const MIN_VERSION: &str = \"{k2}\";"));
                doc.line(&format!("    let threshold = {k3}_f64;"));
                doc.line("    if input.len() > MAX.min(limit) {");
                doc.line("        return Err(Error::TooLarge(input.len()));");
                doc.line("    }");
                doc.line(&format!(
                    "    let n = input.iter().filter(|b| **b == b'{}').count();",
                    rng.pick(&["\\n", ",", ";", "|"])
                ));
                doc.line("    log::debug!(\"{} {} {}\", MIN_VERSION, threshold, n);");
                doc.line("    Ok(n)");
                doc.line("}");
            }
            1 => {
                doc.line(&format!("def {fname}_{i}(data, limit={k1}):"));
                doc.line(&format!("    \"\"\"{what}; added in {k2}.\"\"\""));
                doc.line(&format!("    threshold = {k3}"));
                doc.line("    if len(data) > limit:");
                doc.line("        raise ValueError(f\"too large: {len(data)}\")");
                doc.line(&format!(
                    "    return [x for x in data if x.get(\"{}\", 0) < threshold]",
                    rng.pick(&objs)
                ));
            }
            _ => {
                doc.line(&format!("// {what}; since v{k2}"));
                doc.line(&format!(
                    "export function {}{i}(items, limit = {k1}) {{",
                    fname.replace('_', "")
                ));
                doc.line(&format!("  const threshold = {k3};"));
                doc.line(&format!("  const id = '{}';", uuid_like(rng)));
                doc.line("  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));");
                doc.line("}");
            }
        }
        doc.line("");
        i += 1;
    }
    if module == "validate" || rng.chance(0.15) {
        doc.line(&format!(
            "{c} Test vectors: published sample numbers (never issued) and invalid areas."
        ));
        for v in [
            "078-05-1120",
            "219-09-9999",
            "123-45-6789",
            "000-12-3456",
            "666-01-2345",
        ] {
            doc.line(&format!("{c}   ssn = \"{v}\"  ->  rejected"));
        }
    }
    doc
}

/// A UUID-shaped string for code.
fn uuid_like(rng: &Rng) -> String {
    format!(
        "{}-{}-{}-{}-{}",
        rng.hex(8),
        rng.hex(4),
        rng.hex(4),
        rng.hex(4),
        rng.hex(12)
    )
}

/// Lottery results: draw dates, number groups, ticket serials written in
/// 3-2-4 groups with spaces or dots.
pub fn lottery(rng: &Rng, _dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!("negatives/misc/lottery_results_{idx:05}.txt"));
    doc.line(&format!(
        "{} - Past Winning Numbers",
        rng.pick(&[
            "Buckeye Pick 5",
            "Lucky Lines",
            "Mega Draw",
            "Classic Lotto"
        ])
    ));
    doc.line("");
    let mut d = any_date(rng);
    let size = target_size(rng, 6000, 30000);
    while doc.text.len() < size {
        let mut nums: Vec<u32> = (0..5).map(|_| rng.range(1, 69)).collect();
        nums.sort_unstable();
        let balls: Vec<String> = nums.iter().map(|n| format!("{n:02}")).collect();
        let sep = if rng.chance(0.5) { " " } else { "." };
        let serial = format!(
            "{}{sep}{}{sep}{}",
            rng.range(100, 899),
            rng.digits(2),
            rng.digits(4)
        );
        doc.line(&format!(
            "Draw {}  {}  {}  Bonus {:02}  Jackpot ${},{:03},000  Winning ticket {}",
            rng.range(1000, 9999),
            d.fmt(DateFmt::Us),
            balls.join(" "),
            rng.range(1, 26),
            rng.range(1, 300),
            rng.range(0, 999),
            serial
        ));
        d = d.plus(-(rng.range(3, 4) as i64));
    }
    doc
}

/// A price list or menu as CSV: decimals that look like ICD-9 codes.
pub fn price_list(rng: &Rng, _dicts: &Dicts, idx: usize) -> Doc {
    let mut doc = Doc::new(format!("negatives/misc/prices_{idx:05}.csv"));
    doc.line("sku,item,size,price,updated");
    let size = target_size(rng, 6000, 30000);
    let items = [
        "Espresso beans",
        "Olive oil",
        "Maple syrup",
        "Bike tire",
        "Garden hose",
        "Desk lamp",
        "Paint, interior",
        "Printer ink",
        "Hiking boots",
        "Cast iron pan",
    ];
    while doc.text.len() < size {
        let p = rng.range(100, 99999);
        doc.line(&format!(
            "{},{},{},{}.{:02},{}",
            rng.digits(9),
            rng.pick(&items),
            rng.pick(&["S", "M", "L", "1 gal", "12 oz", "5 lb"]),
            p / 100,
            p % 100,
            any_date(rng).fmt(DateFmt::Iso)
        ));
    }
    doc
}

/// Minutes of a board or committee meeting: names with dates, motions.
pub fn minutes(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let mut doc = Doc::new(format!("negatives/minutes/{}/minutes_{idx:05}.txt", d.y));
    let body = rng.pick(&[
        "Library Board",
        "Township Trustees",
        "Parent-Teacher Association",
        "Garden Club",
        "Zoning Commission",
    ]);
    doc.line(&format!(
        "{body} - Minutes of the regular meeting of {}",
        d.fmt(DateFmt::Long)
    ));
    doc.line("");
    let people: Vec<String> = (0..rng.range(4, 9)).map(|_| full(rng, dicts)).collect();
    doc.line(&format!("Present: {}", people.join(", ")));
    doc.line(&format!("Absent: {}", full(rng, dicts)));
    doc.line("");
    let size = target_size(rng, 3000, 14000);
    let mut n = 1;
    // About one meeting in three has an item whose words double as
    // clinical or patient keywords ("water treatment", "a resident asked").
    let trap_at = if rng.chance(0.3) {
        Some(rng.range(1, 12))
    } else {
        None
    };
    while doc.text.len() < size {
        let pair = rng
            .sample(&people.iter().map(String::as_str).collect::<Vec<_>>(), 2)
            .join(", seconded by ");
        let topic = if Some(n) == trap_at {
            rng.pick(&[
                "The water treatment plant upgrade was discussed.",
                "A resident asked about the snow removal schedule.",
            ])
        } else {
            rng.pick(&[
                "The treasurer's report for the prior month was reviewed.",
                "Bids for the parking lot resurfacing were opened.",
                "The summer reading program schedule was presented.",
                "The audit engagement letter was reviewed.",
                "Volunteers for the fall festival were thanked.",
                "The policy on room rentals was revised.",
            ])
        };
        let item = format!(
            "{n}. {topic} Motion by {pair}, to {}. Carried {}-{}. Next review on {}.",
            rng.pick(&[
                "approve the report",
                "accept the low bid",
                "table the item",
                "adopt the schedule as presented"
            ]),
            rng.range(3, 7),
            rng.range(0, 2),
            d.plus(rng.range(14, 60) as i64).fmt(DateFmt::Us)
        );
        super::values::wrap_into(&mut doc.text, &item, 76);
        doc.line("");
        n += 1;
    }
    doc.line(&format!(
        "Meeting adjourned at {}:{:02} p.m. Minutes recorded by {}.",
        rng.range(7, 9),
        rng.range(0, 59),
        full(rng, dicts)
    ));
    doc
}

/// A marketing newsletter e-mail: "Dear subscriber", a sender's name,
/// dates and prices.
pub fn newsletter(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let mut doc = Doc::new(format!(
        "negatives/mail/newsletters/{}-{:02}/news_{idx:05}.eml",
        d.y, d.m
    ));
    let (f, l) = person(rng, dicts);
    let shop = rng.pick(&[
        "Trailhead Outfitters",
        "The Book Nook",
        "Riverside Garden Supply",
        "Corner Bakery Co.",
    ]);
    doc.line(&format!(
        "Message-ID: <{}.{}@news.example.com>",
        rng.hex(16),
        rng.digits(6)
    ));
    doc.line(&format!(
        "Date: {}, {} {} {} 09:00:00 -0500",
        d.weekday(),
        d.d,
        d.mon(),
        d.y
    ));
    doc.line(&format!("From: {f} {l} at {shop} <news@example.com>"));
    doc.line("To: <undisclosed-recipients>");
    doc.line(&format!(
        "Subject: {shop} - {} news and offers",
        d.fmt(DateFmt::Long)
    ));
    doc.line("MIME-Version: 1.0");
    doc.line("Content-Type: text/plain; charset=utf-8");
    doc.line("");
    doc.line("Dear subscriber,");
    doc.line("");
    let size = target_size(rng, 3000, 10000);
    while doc.text.len() < size {
        let p = rng.range(500, 25000);
        let text = format!(
            "{} Now ${}.{:02} through {}. {}",
            rng.pick(&[
                "Our spring sale starts this weekend.",
                "Join us for a book signing with a local author.",
                "New arrivals are in the shop.",
                "Members get early access to the holiday collection.",
            ]),
            p / 100,
            p % 100,
            d.plus(rng.range(5, 30) as i64).fmt(DateFmt::Long),
            rng.pick(&[
                "See you soon!",
                "Quantities are limited.",
                "Bring a friend.",
                "Free shipping on orders over $50."
            ])
        );
        super::values::wrap_into(&mut doc.text, &text, 72);
        doc.line("");
    }
    doc.line(&format!("{f} {l}"));
    doc.line(&format!("{shop} | {}", phone(rng)));
    doc.line("You are receiving this because you are a subscriber. Unsubscribe at any time.");
    doc
}

/// A quarterly sales report with a chart reference, managers' names and
/// dates.
pub fn sales_report(rng: &Rng, dicts: &Dicts, idx: usize) -> Doc {
    let d = any_date(rng);
    let mut doc = Doc::new(format!(
        "negatives/reports/sales_q{}_{}_{idx:05}.txt",
        (d.m - 1) / 3 + 1,
        d.y
    ));
    doc.line(&format!(
        "QUARTERLY SALES REVIEW - Q{} {}",
        (d.m - 1) / 3 + 1,
        d.y
    ));
    doc.line(&format!(
        "Prepared {} by {}",
        d.fmt(DateFmt::Us),
        full(rng, dicts)
    ));
    doc.line("");
    doc.line(&format!(
        "{:<16}{:<24}{:>14}{:>10}",
        "REGION", "MANAGER", "REVENUE", "GROWTH"
    ));
    let size = target_size(rng, 2000, 10000);
    let chart_at = rng.range(3, 12);
    let mut k = 1;
    while doc.text.len() < size {
        let rev = rng.range(100_000, 9_000_000);
        doc.line(&format!(
            "{:<16}{:<24}{:>14}{:>9}%",
            rng.pick(&["North", "South", "East", "West", "Central", "Online"]),
            full(rng, dicts),
            format!("${},{:03}", rev / 1000, rev % 1000),
            format!("{}.{}", rng.range(0, 30), rng.range(0, 9))
        ));
        if k == chart_at {
            doc.line("");
            doc.line(&format!(
                "Chart 1: revenue by region, see attached workbook (updated {}).",
                d.plus(-(rng.range(1, 20) as i64)).fmt(DateFmt::Us)
            ));
            doc.line("");
        }
        k += 1;
    }
    doc
}
