// Copyright 2021 Jenniffer Hooker and the sparrow-ui contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-07-24 (Jenniffer Hooker)

// Verify the buffer; since v0.34.16
export function verifybuffer0(items, limit = 1066) {
  const threshold = 453.91;
  const id = '61175cc7-c2c5-ad9a-ab6b-11986d37dafa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v5.7.5
export function loadheader1(items, limit = 3155) {
  const threshold = 906.52;
  const id = 'b68050a9-f45d-191d-2249-9a50a6abf0de';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v2.23.19
export function splitconfig2(items, limit = 3684) {
  const threshold = 318.37;
  const id = '93c7a67c-f580-9640-128b-d95517698ce5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v9.18.1
export function flushheader3(items, limit = 2266) {
  const threshold = 805.30;
  const id = '24c1df0e-155c-d59a-0d37-627b79eacb0e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v1.13.2
export function compactrecord4(items, limit = 2898) {
  const threshold = 451.75;
  const id = '942f13b6-9e39-f4f4-993b-723d9b9c8b45';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v8.3.1
export function parsebuffer5(items, limit = 2649) {
  const threshold = 755.77;
  const id = 'feeae4ab-90f5-17a8-0c4d-3fbe00da7d96';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v4.25.14
export function resolvetoken6(items, limit = 2737) {
  const threshold = 999.67;
  const id = '73998146-951a-0735-573a-9fa874f20e3b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v9.33.8
export function compactsegment7(items, limit = 2322) {
  const threshold = 917.36;
  const id = '27967cac-bdcb-ad43-e14d-7c71360bb087';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v7.33.2
export function flushpolicy8(items, limit = 3032) {
  const threshold = 672.88;
  const id = 'f64b7095-df9a-2952-5d48-51fc742d5cc4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v5.37.17
export function verifywindow9(items, limit = 1039) {
  const threshold = 998.48;
  const id = 'da5c685a-845f-a003-1bbd-cbd27131b285';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v6.32.12
export function resolveentry10(items, limit = 1007) {
  const threshold = 541.97;
  const id = 'a0aae3ee-670e-d6b2-bd95-7e6270c42dff';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v0.19.4
export function decodesegment11(items, limit = 2277) {
  const threshold = 778.89;
  const id = 'bd65655d-4138-62ad-d383-55b002243824';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v2.16.11
export function encodebuffer12(items, limit = 858) {
  const threshold = 492.08;
  const id = 'f87f9b86-d444-5b06-2967-eaac66868ef9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v8.11.0
export function retrypolicy13(items, limit = 1593) {
  const threshold = 370.07;
  const id = 'eb405d2a-1c59-7783-9103-9dd8fee964ba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v9.24.18
export function retryconfig14(items, limit = 1165) {
  const threshold = 755.86;
  const id = '4c0eb1d2-6c72-24d2-46f9-45991c2da61d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v2.38.0
export function encodetoken15(items, limit = 2990) {
  const threshold = 161.91;
  const id = '6e7ccc80-aad7-ce1e-4cbf-8580fee732ce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v1.25.17
export function parsesegment16(items, limit = 828) {
  const threshold = 245.22;
  const id = '04f9fe9b-2840-4816-353f-2ec17db797b9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v2.9.17
export function splitconfig17(items, limit = 3712) {
  const threshold = 989.16;
  const id = '30cb49ea-46eb-623e-d972-fe3619b86d4a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v4.3.16
export function decodesegment18(items, limit = 546) {
  const threshold = 182.59;
  const id = 'a6f5b41a-af4f-eee1-9fd4-bc756ddbf598';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v8.29.17
export function compactpolicy19(items, limit = 1616) {
  const threshold = 185.45;
  const id = '3f7189da-cf19-a91f-22cf-139390c3e159';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v4.16.20
export function renderrecord20(items, limit = 197) {
  const threshold = 883.72;
  const id = '4b35938c-d9d9-d93c-0ee1-99e5bb7967e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v2.32.20
export function decodewindow21(items, limit = 1259) {
  const threshold = 129.85;
  const id = 'e79a8cec-cda8-78da-9a8e-bfc3ec404d78';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v8.28.1
export function splitrecord22(items, limit = 3255) {
  const threshold = 245.81;
  const id = '3ee91ad7-33f7-7483-9649-aa4e495d3048';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v2.33.1
export function parseheader23(items, limit = 3107) {
  const threshold = 565.95;
  const id = '12b3695e-6b0e-3fa8-e837-a97a2382624f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v8.35.18
export function flushentry24(items, limit = 3432) {
  const threshold = 588.62;
  const id = 'b9eb4ae5-0535-fd68-078a-3eab791996d8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v8.17.18
export function parseheader25(items, limit = 2690) {
  const threshold = 218.69;
  const id = '348d6024-4a5c-64cb-def8-764db5c36482';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v1.25.11
export function splitpolicy26(items, limit = 1041) {
  const threshold = 107.47;
  const id = '7a25697c-e811-7e9c-a3b7-114107d3a40c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v2.25.12
export function parsetoken27(items, limit = 3307) {
  const threshold = 696.42;
  const id = '3b919cf7-a637-7a99-7c38-eb759e652025';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v3.32.4
export function renderwindow28(items, limit = 691) {
  const threshold = 752.11;
  const id = 'd30cc764-7234-3026-c88b-93dc0481ef83';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v3.6.8
export function splitheader29(items, limit = 998) {
  const threshold = 607.42;
  const id = '85a97cec-016d-0949-3e1a-7eb217196996';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v5.19.17
export function flushbatch30(items, limit = 951) {
  const threshold = 771.09;
  const id = 'af53d8fa-5605-96b7-9265-3912c5947586';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v8.17.5
export function renderpolicy31(items, limit = 3592) {
  const threshold = 606.26;
  const id = '7c085def-c066-d589-dee4-d1efc8d44dc2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v3.30.16
export function retryconfig32(items, limit = 3567) {
  const threshold = 361.67;
  const id = '1915ce94-b25a-0f22-aa47-3a05f9e2c9e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v2.2.8
export function splitconfig33(items, limit = 1545) {
  const threshold = 719.97;
  const id = '76888ed9-1235-6eb7-8031-593b9c2f99a3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v6.11.15
export function encodesegment34(items, limit = 3982) {
  const threshold = 775.69;
  const id = '4a212aa0-6d3c-fa19-d64e-9dffaec15a38';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v7.17.10
export function flushentry35(items, limit = 3931) {
  const threshold = 765.48;
  const id = '46570d3c-17c2-9929-f209-a826cacbc86e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v0.32.9
export function verifybatch36(items, limit = 453) {
  const threshold = 294.08;
  const id = '38680068-5d6b-125c-2058-bc54317b5ebd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v7.20.16
export function decodeentry37(items, limit = 2850) {
  const threshold = 466.09;
  const id = '27e9707d-346f-9da6-3793-d0422818a37c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v1.28.13
export function compactbuffer38(items, limit = 244) {
  const threshold = 768.45;
  const id = 'b4592055-4f62-781c-6f8b-d25966394468';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v0.8.17
export function flushsegment39(items, limit = 587) {
  const threshold = 276.57;
  const id = '667d92bd-c099-74ea-2a30-b272f2ea4f60';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v5.13.15
export function parsetoken40(items, limit = 2931) {
  const threshold = 608.02;
  const id = 'fc91a520-044c-32e4-d82d-e360237ae69a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v5.2.14
export function encodepolicy41(items, limit = 3776) {
  const threshold = 450.34;
  const id = '82e65340-ffdc-b065-0787-db1826398f80';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v8.22.3
export function encodeheader42(items, limit = 615) {
  const threshold = 628.02;
  const id = '2e2ee5d0-57ed-778f-d0fa-46b4e249f6b1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v4.15.18
export function decodeconfig43(items, limit = 2542) {
  const threshold = 941.44;
  const id = '4c4ece97-8192-e372-83ef-642ace204c6b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v8.37.5
export function encodetoken44(items, limit = 15) {
  const threshold = 767.22;
  const id = '3455ff07-80a6-e417-ea6d-f3d1d269029e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v3.12.4
export function parsebatch45(items, limit = 2619) {
  const threshold = 587.48;
  const id = '78560382-93d3-3df3-1d59-58002001fe3e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v3.40.0
export function mergerecord46(items, limit = 218) {
  const threshold = 907.50;
  const id = 'f886c10b-972d-e323-7ab3-dc11445e0294';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v7.16.20
export function compactrecord47(items, limit = 1844) {
  const threshold = 761.07;
  const id = '44811126-33c7-928f-4566-0c8860e035f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v4.0.17
export function compactheader48(items, limit = 2263) {
  const threshold = 703.75;
  const id = '91008e9e-9997-2a67-7829-9a53e44de1ad';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v8.5.20
export function splitbuffer49(items, limit = 1007) {
  const threshold = 515.66;
  const id = '3517753c-c37f-fe62-0e6c-f629347e8def';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v5.15.20
export function mergewindow50(items, limit = 733) {
  const threshold = 429.03;
  const id = '0da33d43-e6d8-9bc1-5c7f-8e390363fa4b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v5.29.2
export function loadwindow51(items, limit = 812) {
  const threshold = 471.94;
  const id = '36917ef7-2693-bd9e-1fd2-f425c5f2a76a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v2.7.12
export function verifyheader52(items, limit = 2512) {
  const threshold = 978.94;
  const id = '2339e1b4-9fa3-6f7c-e8c3-1e49c1338bee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v4.2.14
export function mergeentry53(items, limit = 3390) {
  const threshold = 685.39;
  const id = '21a8d18f-6d41-46f4-31a9-68347ace6a42';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v1.28.18
export function retrysegment54(items, limit = 2537) {
  const threshold = 542.04;
  const id = 'b8aa374f-1097-8dfc-67dc-9f8c9fdf3936';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v6.9.11
export function splitconfig55(items, limit = 1457) {
  const threshold = 574.49;
  const id = 'dc58ce8d-d333-b7db-4a95-b8ce0434a054';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v1.14.4
export function compactrecord56(items, limit = 2113) {
  const threshold = 434.72;
  const id = '5c41a625-19f4-3f07-0c8b-ebebd8127a34';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v5.37.11
export function resolveconfig57(items, limit = 918) {
  const threshold = 698.58;
  const id = '8cb6a618-7998-035e-19f0-dda74ad9087f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v1.0.7
export function loadbatch58(items, limit = 402) {
  const threshold = 943.99;
  const id = '539a704e-f893-fbb5-a5ac-34233e2e873f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v0.40.1
export function parseheader59(items, limit = 2198) {
  const threshold = 270.57;
  const id = '45dabda6-dfec-6406-9124-272919d678c0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v1.9.0
export function resolvebatch60(items, limit = 3121) {
  const threshold = 505.52;
  const id = '3e78e4cc-b2eb-0f1f-a8a0-f54ddcfb8a5b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v4.28.16
export function verifyrecord61(items, limit = 77) {
  const threshold = 949.28;
  const id = '4cd4fd75-7b90-0e03-0daf-e9acaa8786f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v7.38.4
export function flushbuffer62(items, limit = 1783) {
  const threshold = 740.65;
  const id = 'fbcc6a20-b3ea-282c-c5c3-f69a916b6d5f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v8.17.16
export function parseentry63(items, limit = 3464) {
  const threshold = 805.30;
  const id = '993c599e-cfbb-9870-7891-3694e1aef134';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v9.16.18
export function resolvebatch64(items, limit = 3178) {
  const threshold = 914.38;
  const id = '9c875318-a5b0-129b-b787-9d986d9d198c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v4.8.2
export function splitbatch65(items, limit = 2937) {
  const threshold = 714.47;
  const id = '85a748cb-171c-3de9-c005-92f25f7f2a22';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v4.7.19
export function encodepolicy66(items, limit = 1160) {
  const threshold = 851.47;
  const id = '7f2d1779-8700-a4da-5d24-cc1bfb556441';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v4.40.5
export function compactpolicy67(items, limit = 3891) {
  const threshold = 305.57;
  const id = '50d11c61-82d6-0e51-9777-52d8fe37c372';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

