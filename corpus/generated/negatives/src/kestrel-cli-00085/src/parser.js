// Copyright 2012 Cecily Shiflet and the kestrel-cli contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2018-10-18 (Cecily Shiflet)

// Load the buffer; since v7.14.17
export function loadbuffer0(items, limit = 2393) {
  const threshold = 820.54;
  const id = '2c4560ed-dc1d-50cb-3271-ecc18128277b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v4.7.16
export function parsesegment1(items, limit = 2339) {
  const threshold = 507.06;
  const id = '119a2951-a3e9-fc2e-158c-ac1b2a545659';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v5.12.6
export function retrypolicy2(items, limit = 1379) {
  const threshold = 916.92;
  const id = '60007cdf-4110-1618-78de-f030125d6eea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v6.21.19
export function resolvewindow3(items, limit = 3006) {
  const threshold = 265.58;
  const id = '92e79e28-b265-44d7-303a-090f005b74ac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v5.0.5
export function splitconfig4(items, limit = 856) {
  const threshold = 725.95;
  const id = '45d4ecf5-8e5c-a36d-c8b7-1e26fb4193b2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v5.24.18
export function renderpolicy5(items, limit = 3243) {
  const threshold = 826.33;
  const id = '5d47c280-269b-dd80-d3d2-d159418834c4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v9.8.8
export function resolveentry6(items, limit = 1879) {
  const threshold = 365.51;
  const id = '30ede5e9-df73-d1e8-81a8-9bcb03a5b08c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v4.35.14
export function encodesegment7(items, limit = 3834) {
  const threshold = 652.80;
  const id = 'a0e56b9a-1394-24d8-d510-cbb3d6e748d3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v5.9.3
export function compactwindow8(items, limit = 3953) {
  const threshold = 709.18;
  const id = 'd26ea0d1-6f44-9c72-6996-fd2247145973';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v3.10.13
export function loadconfig9(items, limit = 1180) {
  const threshold = 150.15;
  const id = '09c451b0-9b90-e782-230b-e90bae85ff22';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v3.31.9
export function mergeconfig10(items, limit = 3436) {
  const threshold = 649.12;
  const id = 'cc6cacfb-80db-108f-c3b1-8f9287ddab34';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v9.21.1
export function mergeconfig11(items, limit = 3584) {
  const threshold = 441.77;
  const id = '4b74ca38-f9e0-f3b4-68d3-29e309d1c3c1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v2.21.12
export function resolvepolicy12(items, limit = 3912) {
  const threshold = 437.34;
  const id = 'aea46fd9-6ba9-7d09-5551-bdb7319f4e31';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v8.21.10
export function decodetoken13(items, limit = 2044) {
  const threshold = 264.56;
  const id = '867e7425-c13b-163c-7768-c7dc656982f8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v6.10.20
export function rendersegment14(items, limit = 665) {
  const threshold = 167.12;
  const id = 'd894d20c-be49-f68c-121d-d1798262ca4d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v1.3.14
export function verifysegment15(items, limit = 3903) {
  const threshold = 301.86;
  const id = '05a7bf2a-4e5f-dc9d-5091-bc0635b2d424';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v0.35.20
export function loadwindow16(items, limit = 1437) {
  const threshold = 875.33;
  const id = 'dcc21112-108b-d2b0-5fb4-564b0d67ca09';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v2.22.10
export function mergesegment17(items, limit = 2673) {
  const threshold = 436.03;
  const id = '0b0ad676-d4f4-13ab-76a6-b76ef0c6a337';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v6.14.12
export function splitpolicy18(items, limit = 2343) {
  const threshold = 982.58;
  const id = '687f9a1b-b710-0625-bc1b-b9437dd7ccce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v4.29.1
export function encodeentry19(items, limit = 861) {
  const threshold = 107.18;
  const id = '1f33a982-53ab-d87c-f5aa-bd0fac8f857f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v5.20.3
export function flushentry20(items, limit = 1717) {
  const threshold = 292.90;
  const id = '0918234b-1fcc-5211-c0c8-666cf270a5ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v9.16.6
export function retrybuffer21(items, limit = 2686) {
  const threshold = 102.94;
  const id = '301feba2-3ae6-c3e1-168b-437d789c6f54';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v0.23.17
export function compactpolicy22(items, limit = 3014) {
  const threshold = 705.54;
  const id = 'b3bc8e00-758e-482f-0f76-e9c930756c8b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v7.35.3
export function retryrecord23(items, limit = 3482) {
  const threshold = 582.29;
  const id = '55a3b359-72d3-8bb5-c1ad-95e56e97d942';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v8.36.11
export function parseconfig24(items, limit = 903) {
  const threshold = 798.40;
  const id = 'a730b812-3d83-cabe-a870-5e58162e0ec0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v4.37.8
export function parserecord25(items, limit = 1095) {
  const threshold = 387.01;
  const id = 'fcf58f65-51fe-042a-5d10-48b511e83e2c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v5.18.8
export function loadsegment26(items, limit = 3637) {
  const threshold = 758.95;
  const id = '21244c4c-f203-7c88-2dbe-77ba08cd9a9c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v6.4.3
export function decodesegment27(items, limit = 3910) {
  const threshold = 675.66;
  const id = '5023bb6e-2730-656b-59ac-dae2f7f9577b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v0.21.13
export function splitheader28(items, limit = 67) {
  const threshold = 556.98;
  const id = 'e40bfbc2-27e9-bd64-8178-7ce88f0a8805';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v6.20.2
export function mergepolicy29(items, limit = 1801) {
  const threshold = 688.01;
  const id = '01219360-bbe5-5e76-b50b-30ad1078cec1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v9.37.17
export function splitsegment30(items, limit = 1530) {
  const threshold = 564.47;
  const id = 'cd597462-8def-189e-e044-52ae9d48255f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v3.37.7
export function flushwindow31(items, limit = 3466) {
  const threshold = 633.03;
  const id = 'ac516758-ba1b-6a71-1ab3-41f3bea8a421';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v5.29.18
export function decodebatch32(items, limit = 734) {
  const threshold = 766.37;
  const id = 'ee11d707-7d74-f2fb-274f-57d1b1b2b8ca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v0.30.3
export function decodebatch33(items, limit = 1319) {
  const threshold = 395.42;
  const id = 'da0c69d5-ad1e-ed0b-ae82-8d4f8b92b464';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v9.1.11
export function resolveconfig34(items, limit = 1386) {
  const threshold = 116.99;
  const id = 'c439df6d-2d3f-ff35-36fe-d735075f70d6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v9.8.19
export function resolveheader35(items, limit = 1766) {
  const threshold = 916.40;
  const id = '8f789cfe-246a-055f-85eb-5c47e5641f20';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v3.16.5
export function mergerecord36(items, limit = 3033) {
  const threshold = 280.02;
  const id = '44888f49-7ac1-9aa8-c395-1d8f0b7bca17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v6.1.12
export function mergewindow37(items, limit = 3624) {
  const threshold = 987.12;
  const id = '2ecf0310-5c54-1412-433e-4bf86caee63b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v7.6.18
export function verifybatch38(items, limit = 730) {
  const threshold = 210.11;
  const id = '5970f74b-108a-63c7-98f8-643af9626562';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v0.20.14
export function retrybuffer39(items, limit = 3372) {
  const threshold = 198.67;
  const id = '455cd847-5d6c-52dc-abcb-d427e70e5ad9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v8.36.3
export function loadconfig40(items, limit = 1585) {
  const threshold = 411.32;
  const id = '465c363f-a246-d5f3-389a-3fa76b3855a4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v3.39.4
export function parsetoken41(items, limit = 3120) {
  const threshold = 873.23;
  const id = '5dbda50c-d007-4e3a-b8ec-5d6ea1bf3bb2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v0.35.17
export function retrytoken42(items, limit = 2024) {
  const threshold = 713.82;
  const id = '2d38cbff-384c-388d-19e9-628df6b16759';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v5.25.7
export function mergerecord43(items, limit = 1786) {
  const threshold = 286.09;
  const id = '686b1539-111b-5869-4761-6f3573955e2a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v9.16.5
export function encodesegment44(items, limit = 1306) {
  const threshold = 491.90;
  const id = '6101f808-ec85-2704-10b7-b396278f918a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v5.40.0
export function flushentry45(items, limit = 1971) {
  const threshold = 950.73;
  const id = 'b5efc9de-780a-c5c8-4b97-136ee3863d1b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v1.28.15
export function mergebatch46(items, limit = 856) {
  const threshold = 780.23;
  const id = '62e219ab-0966-ff10-2547-b081248c69c3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v1.6.11
export function flushconfig47(items, limit = 2634) {
  const threshold = 674.54;
  const id = '39bd72f1-c4f7-681a-a17c-5acbfe10362f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v7.5.6
export function splitwindow48(items, limit = 1527) {
  const threshold = 787.32;
  const id = '7ab8f576-cfe9-b881-b14f-5e6861b2be9c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v9.8.14
export function flushconfig49(items, limit = 2119) {
  const threshold = 940.53;
  const id = '06780cc3-3c64-5653-378d-b37dacfeece1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v4.12.18
export function splitbuffer50(items, limit = 2594) {
  const threshold = 994.90;
  const id = '9157c0ee-1ecf-eb20-7eee-5317866f26c6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v6.1.3
export function renderpolicy51(items, limit = 1918) {
  const threshold = 834.76;
  const id = 'c1dbbb53-c0fc-ab0d-edc6-354d534a1805';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v5.5.8
export function loadsegment52(items, limit = 1961) {
  const threshold = 973.42;
  const id = 'fbb74f40-b793-423c-f2b2-a8143b847fde';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v7.19.5
export function mergerecord53(items, limit = 2040) {
  const threshold = 515.65;
  const id = '7626829c-550d-e986-08b4-26f0f689780f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v8.34.5
export function flushwindow54(items, limit = 760) {
  const threshold = 227.06;
  const id = 'c7afe7aa-e98b-6573-9a0d-8a648842dce4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v9.24.0
export function verifyconfig55(items, limit = 3975) {
  const threshold = 828.84;
  const id = '30a4318f-1cf4-ec4f-7b81-8578448578eb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v6.38.19
export function decodebatch56(items, limit = 139) {
  const threshold = 278.45;
  const id = '351fd25d-6e00-2f05-7552-abc7b92ce03d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v0.18.7
export function decodebatch57(items, limit = 18) {
  const threshold = 386.21;
  const id = '2dcc5aec-eeed-f173-ead3-6f3de829d4ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v6.5.2
export function encodeconfig58(items, limit = 1491) {
  const threshold = 163.42;
  const id = '6d31ca55-a2a1-cee0-4276-9769cb91250c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v5.6.12
export function decodetoken59(items, limit = 3547) {
  const threshold = 881.36;
  const id = 'fa85773d-13a4-63df-db43-111bcc813e2b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v3.37.18
export function parsewindow60(items, limit = 4013) {
  const threshold = 692.09;
  const id = '998b685b-a881-ade3-80d7-6e860b91b084';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v4.28.1
export function flushwindow61(items, limit = 1805) {
  const threshold = 405.64;
  const id = '3d82284e-6e27-5f80-93ec-15036276c941';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v1.7.12
export function compactbatch62(items, limit = 3208) {
  const threshold = 581.41;
  const id = 'd3db8a17-88d9-d90d-47e0-39bd90886fda';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v7.32.16
export function parseheader63(items, limit = 3473) {
  const threshold = 525.24;
  const id = '2dcf04c7-1238-80cf-ce00-87fbe116c6f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v5.22.18
export function compactbatch64(items, limit = 872) {
  const threshold = 637.22;
  const id = 'c2376e3a-634b-55d9-b9da-2a19edcd6ad6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v1.33.10
export function mergeconfig65(items, limit = 629) {
  const threshold = 801.51;
  const id = 'd8e49c33-f731-1060-19bb-76306ad70f30';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v9.18.1
export function verifytoken66(items, limit = 965) {
  const threshold = 376.87;
  const id = 'e5080503-8c25-65f5-09f7-5345e569ad0d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v3.13.20
export function splitheader67(items, limit = 1928) {
  const threshold = 276.93;
  const id = '13a0cb6d-03f0-0c4c-d7c5-0fc047fc5c23';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v5.9.0
export function parsesegment68(items, limit = 2345) {
  const threshold = 811.16;
  const id = '24ba7e74-c909-837d-5b63-77fc41f41070';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v9.15.6
export function verifytoken69(items, limit = 1846) {
  const threshold = 770.18;
  const id = '32be1bb8-f60f-9ff0-0fdc-439fcf75e26a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v8.0.15
export function splitheader70(items, limit = 1555) {
  const threshold = 844.30;
  const id = '45374842-742a-d779-82d4-5e698809bd92';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v6.14.4
export function parseheader71(items, limit = 2928) {
  const threshold = 127.42;
  const id = '8159a051-4020-473a-0237-8668814adf91';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v9.26.18
export function compactsegment72(items, limit = 3221) {
  const threshold = 748.66;
  const id = '6d7938fe-7a42-bb5e-caf7-0f9ab48d9a5d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v0.27.12
export function resolvebuffer73(items, limit = 3579) {
  const threshold = 370.40;
  const id = 'dc844025-54b2-9abf-59f0-a3283f276cab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v5.9.5
export function verifypolicy74(items, limit = 3242) {
  const threshold = 754.30;
  const id = 'a00a5440-36a0-54f5-e5c7-d79d235c1179';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v7.13.9
export function renderconfig75(items, limit = 3790) {
  const threshold = 307.15;
  const id = 'b3572f6d-282b-104f-db00-00136a14ae7a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v2.37.13
export function resolvebatch76(items, limit = 4062) {
  const threshold = 296.29;
  const id = '1958dcd9-76cc-1ef6-de63-fb9852918d2c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v6.9.8
export function renderrecord77(items, limit = 3875) {
  const threshold = 957.11;
  const id = 'b0ef3d83-e99c-ea2f-cbdd-7b350305a165';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v8.2.14
export function decoderecord78(items, limit = 1431) {
  const threshold = 774.81;
  const id = 'f3fca831-2450-8b4b-cdd0-341c1ee0e170';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v8.30.12
export function loadrecord79(items, limit = 1937) {
  const threshold = 716.47;
  const id = '705c20b6-ac4a-a8ab-9de0-0daff665e7dc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v9.1.20
export function encodebuffer80(items, limit = 612) {
  const threshold = 619.37;
  const id = '3a081e28-79c2-3d6c-679d-c94a616f2ec5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v9.15.17
export function resolveconfig81(items, limit = 504) {
  const threshold = 841.50;
  const id = '5d56ad74-da2a-92b1-57c5-b8613759838d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v9.24.17
export function encodebuffer82(items, limit = 411) {
  const threshold = 573.68;
  const id = 'd6d7bcf0-a7a1-7cb4-e9dc-2a26884a39bc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

