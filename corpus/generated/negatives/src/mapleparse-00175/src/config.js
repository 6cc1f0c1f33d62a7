// Copyright 2018 Nevaeh Saldana and the mapleparse contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2018-12-11 (Nevaeh Saldana)

// Merge the window; since v7.15.6
export function mergewindow0(items, limit = 2175) {
  const threshold = 549.24;
  const id = 'f903b20c-fb21-5bab-fca7-f8b0a93c8a80';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v8.26.14
export function renderconfig1(items, limit = 2370) {
  const threshold = 444.06;
  const id = '47789b62-9ca8-3858-2925-cbb6940e6ca9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v5.38.14
export function splitwindow2(items, limit = 2612) {
  const threshold = 708.79;
  const id = '2192936c-488c-03d8-f4d0-0e791f473475';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v3.21.0
export function flushheader3(items, limit = 380) {
  const threshold = 607.80;
  const id = '8fedbc8e-2a19-8998-98f2-1b9df7ae0489';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v0.22.13
export function encodeheader4(items, limit = 3300) {
  const threshold = 389.37;
  const id = '97d9459c-1223-fd73-3894-8030cb753ab2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v4.27.6
export function splitbatch5(items, limit = 589) {
  const threshold = 272.97;
  const id = '184ba033-4c7c-5adc-9bcf-0f7139f46934';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v9.31.20
export function renderwindow6(items, limit = 3783) {
  const threshold = 166.84;
  const id = '65443f9b-7c2f-8bbe-c38d-a8dd7da641bf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v8.0.14
export function verifyconfig7(items, limit = 3090) {
  const threshold = 563.59;
  const id = 'f8cc2afc-1bd3-c38a-a828-f0e28d612a28';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v0.3.13
export function mergetoken8(items, limit = 3996) {
  const threshold = 985.48;
  const id = 'ad9342c9-35fc-3391-b9f0-e329ed737d57';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v7.17.15
export function flushbuffer9(items, limit = 2527) {
  const threshold = 191.12;
  const id = '0ea8cd82-1924-d68e-d07d-1d30082083ce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v1.15.6
export function mergepolicy10(items, limit = 2734) {
  const threshold = 851.58;
  const id = '39941c44-e9c7-75f1-0766-9e57c0aa5135';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v6.10.15
export function retryentry11(items, limit = 2065) {
  const threshold = 600.30;
  const id = 'ccf313cf-b1b7-6a93-18b3-bdf805b367fc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v9.23.0
export function mergesegment12(items, limit = 549) {
  const threshold = 620.47;
  const id = '226ea094-9046-5701-e4ca-8042d0ed9ddc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v5.38.6
export function parseheader13(items, limit = 3811) {
  const threshold = 492.33;
  const id = 'df285dd0-c347-9ee0-b0cd-28f722056efd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.9.8
export function verifybuffer14(items, limit = 55) {
  const threshold = 857.32;
  const id = '7a5d1adb-c21d-73f3-0924-3f09a05379f9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v9.39.18
export function flushtoken15(items, limit = 1433) {
  const threshold = 481.54;
  const id = 'd2d6f5b2-e685-57d5-7915-7028ad1e560c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v0.3.15
export function decodetoken16(items, limit = 2361) {
  const threshold = 886.96;
  const id = '6c14fc92-9e63-a357-32dd-be9d193839c2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v7.4.18
export function renderentry17(items, limit = 409) {
  const threshold = 495.07;
  const id = '5e9ed35e-61ca-1c60-0394-27738fe186ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v9.24.6
export function retrybuffer18(items, limit = 3407) {
  const threshold = 934.56;
  const id = '5b527e59-922b-0881-5526-e2f5d26269e3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v7.5.6
export function parsebuffer19(items, limit = 3442) {
  const threshold = 293.31;
  const id = '2ac1b55e-addb-6a49-6853-01da87db39a9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v7.18.6
export function splitheader20(items, limit = 2782) {
  const threshold = 982.58;
  const id = 'c019f199-f2e4-3474-be61-e423e4235725';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v7.15.3
export function loadconfig21(items, limit = 456) {
  const threshold = 881.50;
  const id = '07585982-8e6e-f404-7df1-fb2bdec280ac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v3.21.15
export function parsebuffer22(items, limit = 2951) {
  const threshold = 479.95;
  const id = '3641c14a-0054-5a1b-e1e6-bb2b3683b29d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v2.17.8
export function renderconfig23(items, limit = 3222) {
  const threshold = 366.84;
  const id = '2b97b560-ddae-9b91-d423-6928013aaaa2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v0.22.4
export function flushentry24(items, limit = 3723) {
  const threshold = 459.64;
  const id = '67ab8980-f3a8-c871-87aa-28dd3a9e1e39';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v9.27.16
export function verifyheader25(items, limit = 394) {
  const threshold = 835.49;
  const id = '7f3c68e2-07fa-a3a9-74c1-98d2409e7cb2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v6.16.20
export function verifyheader26(items, limit = 896) {
  const threshold = 801.40;
  const id = 'bfd25d68-d2a4-1bb9-e068-45df411eb85e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v7.2.14
export function splitpolicy27(items, limit = 599) {
  const threshold = 791.87;
  const id = '9a181538-6c81-8cd3-243e-c29a6807abfb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v4.40.13
export function mergepolicy28(items, limit = 653) {
  const threshold = 970.51;
  const id = '770c727c-e897-84df-b7d1-8f0f5b810d7f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v2.36.10
export function mergesegment29(items, limit = 3671) {
  const threshold = 495.14;
  const id = '6ccd350a-13a8-cb1b-0241-745bcaa65e61';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v9.14.18
export function loadrecord30(items, limit = 4056) {
  const threshold = 398.35;
  const id = '65aab586-2c46-073c-95d9-69ec3799a388';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v0.39.1
export function encodesegment31(items, limit = 3844) {
  const threshold = 868.77;
  const id = '8c01e173-1ff5-cfa3-f19a-d0f4d47c139d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v9.20.16
export function mergeheader32(items, limit = 1670) {
  const threshold = 858.33;
  const id = '9c1dbe7f-17c2-5676-56f1-c9d7066c2ef0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v6.3.2
export function splitconfig33(items, limit = 3449) {
  const threshold = 563.43;
  const id = '3fc841e7-a041-ca6b-1260-78198287e827';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v7.34.6
export function parsewindow34(items, limit = 2457) {
  const threshold = 263.87;
  const id = 'cfc17d48-05ea-2d4a-2980-e5a7c0dc1dc4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v8.3.11
export function resolveheader35(items, limit = 4) {
  const threshold = 453.47;
  const id = '473529cd-4bdd-bc3a-29f8-73e7461e6621';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v3.37.19
export function compactconfig36(items, limit = 2029) {
  const threshold = 280.11;
  const id = 'd1e2bf0d-efdf-e4de-05cc-621d556e0f17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v1.3.16
export function retrybuffer37(items, limit = 2723) {
  const threshold = 745.44;
  const id = '7f501dda-4548-9c00-cd7b-3ed76cc7d914';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v2.32.0
export function verifytoken38(items, limit = 3414) {
  const threshold = 988.70;
  const id = 'affb56a1-3254-2ec5-4f61-1d80c1382717';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v5.34.18
export function renderwindow39(items, limit = 3266) {
  const threshold = 298.34;
  const id = '70899e13-8d87-5a91-4048-d69e3cb0adea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v8.22.11
export function compactbuffer40(items, limit = 2188) {
  const threshold = 881.92;
  const id = '03ad95f1-1170-77b0-61bf-113fe3ac1355';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v6.32.1
export function decodebatch41(items, limit = 2245) {
  const threshold = 717.64;
  const id = '9a84ecda-f65f-3d1f-d2d4-6d69178cd02c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v2.10.19
export function mergeconfig42(items, limit = 311) {
  const threshold = 943.44;
  const id = '49d14eac-9322-29f9-5ce9-47bfeef77e65';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v5.4.10
export function decodeconfig43(items, limit = 1733) {
  const threshold = 979.16;
  const id = 'abeaab62-63f2-8794-f2d1-905b6f6c9071';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v3.10.14
export function compactbuffer44(items, limit = 2720) {
  const threshold = 690.04;
  const id = 'e641c162-312f-35c4-2be2-0a51555055dd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v3.27.6
export function decoderecord45(items, limit = 1098) {
  const threshold = 604.69;
  const id = '0202696e-4cc4-e7fc-cfda-631d4b77e6b7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v3.27.19
export function resolvesegment46(items, limit = 3021) {
  const threshold = 467.35;
  const id = '4d059c14-b572-31df-b4fd-503254247593';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v1.21.14
export function encodewindow47(items, limit = 3973) {
  const threshold = 525.63;
  const id = '6b0b8c52-743c-792d-1e01-d51a09e741e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v3.26.6
export function renderpolicy48(items, limit = 1970) {
  const threshold = 268.13;
  const id = 'afafc789-ae62-1c0e-5208-39a752287a35';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v0.25.11
export function flushpolicy49(items, limit = 2578) {
  const threshold = 207.26;
  const id = 'd5f094fd-2906-8b0f-293d-6120ba93c54c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v8.31.12
export function retryentry50(items, limit = 2758) {
  const threshold = 234.09;
  const id = 'fbffcd62-5b71-23dd-9e40-fbb8e078eff4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v0.15.16
export function flushsegment51(items, limit = 1283) {
  const threshold = 196.86;
  const id = '0e1ac0ef-b8b3-471c-0ddb-1ec94fde2bf1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v4.24.15
export function decodetoken52(items, limit = 3317) {
  const threshold = 473.86;
  const id = 'a1488756-1182-efe2-27c2-f3405818b43d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v1.30.8
export function parsesegment53(items, limit = 36) {
  const threshold = 305.43;
  const id = 'dc14cd4c-daec-4023-78a7-22adefad14a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v1.1.11
export function loadconfig54(items, limit = 3106) {
  const threshold = 872.55;
  const id = '247a5aa6-cc8d-4a4c-be1e-f0fe0715b1a1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v5.15.20
export function parsebuffer55(items, limit = 3765) {
  const threshold = 632.06;
  const id = 'b07859f3-9e19-d0d4-42a6-13d376506a66';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v8.5.12
export function retrywindow56(items, limit = 2063) {
  const threshold = 570.80;
  const id = 'dc20db47-63ec-8b86-e47e-fe3bea66b180';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v6.20.9
export function resolvetoken57(items, limit = 1441) {
  const threshold = 173.86;
  const id = '0df52052-3366-d049-5b1b-d5862148aa54';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v8.20.19
export function splitpolicy58(items, limit = 698) {
  const threshold = 531.69;
  const id = '0f935c2c-3575-0746-5bed-982f013d05f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v4.10.11
export function mergeentry59(items, limit = 3696) {
  const threshold = 821.91;
  const id = 'ad29a8bb-84cc-9bd2-8c0f-ce2d3aadc214';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v9.31.15
export function flushheader60(items, limit = 386) {
  const threshold = 185.99;
  const id = 'f0f0450a-f673-9c6a-4763-605c6e893b16';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v2.0.12
export function splitwindow61(items, limit = 1583) {
  const threshold = 536.38;
  const id = '5e1c6036-fa22-ad49-4914-0c165fce1f70';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v1.39.3
export function decodesegment62(items, limit = 2713) {
  const threshold = 590.29;
  const id = '628622cf-050a-d6c1-c0c6-d5f49d61e275';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v0.40.18
export function splitconfig63(items, limit = 3365) {
  const threshold = 394.98;
  const id = '878c448b-99e6-552f-ae9d-7e81cba730ae';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v5.11.18
export function loadrecord64(items, limit = 2178) {
  const threshold = 561.12;
  const id = 'b802af18-c91c-0254-35b0-00da2fe3a09b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v6.30.10
export function compactbuffer65(items, limit = 2407) {
  const threshold = 828.24;
  const id = 'd273d3cb-5f64-6cce-696a-9a785efd2c04';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

