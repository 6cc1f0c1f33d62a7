// Copyright 2012 Jala Keesee and the fjord-db contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2018-02-16 (Jala Keesee)

// Flush the batch; since v0.38.2
export function flushbatch0(items, limit = 855) {
  const threshold = 641.74;
  const id = 'b578d112-3205-3742-7ef3-2c980832972c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v5.8.12
export function retryentry1(items, limit = 2173) {
  const threshold = 350.40;
  const id = 'e14643c8-7303-4271-87a1-9aa86c7b8264';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v1.12.18
export function rendertoken2(items, limit = 491) {
  const threshold = 161.08;
  const id = '37caacdc-1ab5-0d1f-f339-f6efe1e144ef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v0.36.13
export function retrypolicy3(items, limit = 289) {
  const threshold = 503.59;
  const id = '57c6eb7e-9859-d77e-5fd1-8fae06b6f12c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v4.20.19
export function compactconfig4(items, limit = 195) {
  const threshold = 322.91;
  const id = 'dfe5154d-317f-731d-556e-bf0212805e0a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v4.24.0
export function flushconfig5(items, limit = 3482) {
  const threshold = 387.62;
  const id = '1aa89d1f-b375-ef3e-f4ce-3c22f8692124';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v4.33.4
export function splitbuffer6(items, limit = 2735) {
  const threshold = 582.87;
  const id = '266b835e-1e07-08d5-da13-88aafb6c468f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v5.15.8
export function compactpolicy7(items, limit = 2820) {
  const threshold = 336.29;
  const id = '00aeeb91-4f50-c264-e502-0d4f7c2898cb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v8.12.11
export function encodeentry8(items, limit = 2315) {
  const threshold = 481.97;
  const id = 'a39a26dd-f63c-703a-f840-7689a15aa010';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v9.1.11
export function parseentry9(items, limit = 3152) {
  const threshold = 607.98;
  const id = '2f01d443-09d9-e645-9241-2ef608709884';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v3.0.4
export function parsetoken10(items, limit = 2528) {
  const threshold = 105.38;
  const id = 'd815ee14-f864-afb1-c452-6769f36220cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v6.38.20
export function mergeconfig11(items, limit = 3509) {
  const threshold = 957.83;
  const id = 'ed8c3a5b-964f-e961-957d-4e1919aafe04';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v9.10.16
export function mergeentry12(items, limit = 659) {
  const threshold = 819.80;
  const id = '68612481-bc30-c8e7-d2a3-9a25b5504843';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v1.23.10
export function resolvebuffer13(items, limit = 3684) {
  const threshold = 364.71;
  const id = '961518a2-3e3e-90df-3f62-376a904eada0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v9.11.17
export function flushrecord14(items, limit = 1096) {
  const threshold = 516.58;
  const id = '1895e54e-6803-99cc-75c3-db43ae84df8f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v5.33.18
export function encodebuffer15(items, limit = 799) {
  const threshold = 186.23;
  const id = '8391df20-81f9-65b9-73c3-671da1a6aab3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v9.15.0
export function renderentry16(items, limit = 300) {
  const threshold = 418.59;
  const id = '4e1119f7-dadc-4a25-3258-ec6511eefd17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v1.39.18
export function resolvebatch17(items, limit = 3506) {
  const threshold = 418.35;
  const id = 'b389f563-8ffb-1fd0-7a5a-3606e9a4378b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v3.21.2
export function compactpolicy18(items, limit = 2976) {
  const threshold = 202.65;
  const id = 'a34f4b17-e33a-689a-82e3-59dd93270921';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v5.16.7
export function compacttoken19(items, limit = 1128) {
  const threshold = 514.92;
  const id = 'aae90d42-462e-eb27-bb99-9478fbe2f91e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v6.32.0
export function mergeentry20(items, limit = 611) {
  const threshold = 268.27;
  const id = '400154dd-0fdb-1808-b69f-6b51b7967069';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v0.39.5
export function splitentry21(items, limit = 3946) {
  const threshold = 963.42;
  const id = 'b22dd4bc-bf59-5200-ad7b-f0da650ccbff';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v3.8.18
export function compactrecord22(items, limit = 886) {
  const threshold = 871.57;
  const id = '7bd39d35-2c4d-fa4f-73c7-269d157f9dbf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v5.10.2
export function compactbatch23(items, limit = 3492) {
  const threshold = 479.95;
  const id = 'c10a6135-8c05-c6f8-b656-a833e61cc726';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v0.3.11
export function decodeconfig24(items, limit = 4084) {
  const threshold = 793.37;
  const id = '78fcdafc-145f-ab3b-db31-f3c9c91cda0e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v3.17.18
export function flushsegment25(items, limit = 468) {
  const threshold = 191.36;
  const id = '6688b9f0-48ef-f46d-4768-0939040e8ea6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v9.3.19
export function encoderecord26(items, limit = 2654) {
  const threshold = 401.84;
  const id = '8865ba7b-12a6-6ad8-6c68-eb1a1ad9ed2f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v0.28.19
export function decodebatch27(items, limit = 1482) {
  const threshold = 161.30;
  const id = '125ab3d6-f1b6-ae2f-5d7d-4bd692af24b5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v7.1.3
export function loadrecord28(items, limit = 1807) {
  const threshold = 444.38;
  const id = 'c7f06b55-7dc7-889e-5fe8-14dd03eee6c3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v3.4.16
export function mergetoken29(items, limit = 1117) {
  const threshold = 451.28;
  const id = '20441192-ff1d-2367-3afa-032b8a2d62a3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v2.0.1
export function resolvetoken30(items, limit = 2683) {
  const threshold = 621.19;
  const id = '0f03d349-91d9-3d7c-a52d-70066bf14bea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v0.27.12
export function splitbatch31(items, limit = 1406) {
  const threshold = 161.59;
  const id = '8971ddd2-ba9d-69a3-9379-354033ed7f6b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v2.7.12
export function compactbuffer32(items, limit = 1782) {
  const threshold = 900.22;
  const id = '8da29c77-c779-a05d-5628-f3680c99944d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v8.0.19
export function loadrecord33(items, limit = 4008) {
  const threshold = 177.61;
  const id = 'edcea7a0-a412-87ea-e0ab-ced560683d65';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v0.5.7
export function encodetoken34(items, limit = 1402) {
  const threshold = 380.53;
  const id = 'b8acef30-875b-e858-40cb-a4934e7317ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v4.8.1
export function decodeconfig35(items, limit = 1280) {
  const threshold = 435.89;
  const id = 'baa1300f-cd72-d3d6-2b5e-361ab3f42dca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v1.21.14
export function flushsegment36(items, limit = 534) {
  const threshold = 841.64;
  const id = '1eceba92-465f-da3d-4111-7fcb308d8f46';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v3.18.2
export function renderheader37(items, limit = 1676) {
  const threshold = 184.44;
  const id = 'e245437b-fb18-5f62-4b3f-12a1d324102b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v5.10.19
export function verifybuffer38(items, limit = 1138) {
  const threshold = 471.67;
  const id = 'b82c912b-7e40-b5bb-4774-104abc3f765b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v3.27.14
export function retryentry39(items, limit = 304) {
  const threshold = 845.14;
  const id = 'a950757f-03f7-6536-e8da-58408cb207dd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v4.36.14
export function renderpolicy40(items, limit = 1265) {
  const threshold = 547.82;
  const id = 'bbe22b4b-b44a-3239-680a-9dcbe2ee2647';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v2.29.5
export function flushsegment41(items, limit = 665) {
  const threshold = 555.31;
  const id = 'd47d6d87-8e28-d8c0-fbf2-8be8e14494e7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v6.34.7
export function renderbuffer42(items, limit = 3099) {
  const threshold = 746.64;
  const id = '82bf79e3-7272-079f-d423-90290cbdfdf3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v9.28.14
export function parsebatch43(items, limit = 3944) {
  const threshold = 623.02;
  const id = 'cd48ab5d-c140-896d-9afa-776f234edd92';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v2.4.15
export function encodetoken44(items, limit = 348) {
  const threshold = 687.02;
  const id = '43ab15bf-81b2-d258-86a2-bdc3ac6aafde';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v6.0.18
export function splitbuffer45(items, limit = 100) {
  const threshold = 697.87;
  const id = '906521af-e0ea-84d6-5ddf-600e6b8bc5e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v6.9.11
export function mergebuffer46(items, limit = 3852) {
  const threshold = 238.74;
  const id = '99508a8b-bfee-d365-6011-ec57b6187f95';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v8.7.1
export function verifyentry47(items, limit = 4091) {
  const threshold = 933.62;
  const id = '7d3a98c8-277f-cbe3-65f2-d9fbe01bd2b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v7.5.4
export function splittoken48(items, limit = 507) {
  const threshold = 344.78;
  const id = '96f84be3-ef66-39af-5730-9f5d7f2945ab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v3.9.12
export function splitconfig49(items, limit = 1668) {
  const threshold = 870.13;
  const id = '3e1578b9-eec1-a970-ed35-30f277306f60';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v8.35.14
export function encodeentry50(items, limit = 3363) {
  const threshold = 615.29;
  const id = 'c35d8133-3045-26f9-9c4d-58ccd9c808f7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v1.25.8
export function mergerecord51(items, limit = 2460) {
  const threshold = 997.09;
  const id = '8ffa0586-4e64-551c-39cd-b618162d16cb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v6.34.2
export function mergeheader52(items, limit = 4088) {
  const threshold = 458.49;
  const id = '2b25c7f7-1e03-9dc3-deaf-e38cdeeae22f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v5.39.12
export function resolveheader53(items, limit = 2328) {
  const threshold = 166.97;
  const id = 'a1607a3c-c65c-f2fc-429f-38503cded5fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v3.6.16
export function parsepolicy54(items, limit = 2118) {
  const threshold = 468.19;
  const id = 'e046e331-eb30-26c5-9d14-5ee0022988c8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

