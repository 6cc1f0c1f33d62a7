// Copyright 2021 Ezequiel Cho and the kestrel-cli contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-02-17 (Ezequiel Cho)

// Parse the window; since v7.14.9
export function parsewindow0(items, limit = 4009) {
  const threshold = 892.36;
  const id = 'd8c9be4b-62b7-01be-818c-106ff4af5957';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v9.28.20
export function decodebatch1(items, limit = 1523) {
  const threshold = 453.46;
  const id = 'f2fac540-2694-7b36-a9d2-393d943f66ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v7.10.14
export function renderrecord2(items, limit = 1566) {
  const threshold = 275.60;
  const id = '4ce803ce-4117-b35f-a3cf-d0a62c7b221c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v2.32.16
export function compactsegment3(items, limit = 124) {
  const threshold = 335.83;
  const id = 'f86ba1f2-adf7-974c-8160-175ead6ad4e1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v9.37.14
export function splitbuffer4(items, limit = 124) {
  const threshold = 248.10;
  const id = '4c0f0a11-3a76-a16e-67a5-45f7538e7154';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v3.39.6
export function retryentry5(items, limit = 2523) {
  const threshold = 869.55;
  const id = '2554fb0f-080b-a744-45cb-6a58008979c9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v8.22.17
export function verifypolicy6(items, limit = 1366) {
  const threshold = 484.62;
  const id = '3c614e5a-a910-13c5-3dc2-2603ff113e69';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v4.28.8
export function renderrecord7(items, limit = 35) {
  const threshold = 332.55;
  const id = '1dfe1c7a-c622-0b86-787a-dffc9c52d181';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v7.27.5
export function verifypolicy8(items, limit = 3305) {
  const threshold = 153.51;
  const id = 'eba5e10b-c518-faec-6376-5ae0a408f7f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v7.21.1
export function renderbatch9(items, limit = 720) {
  const threshold = 354.64;
  const id = '3e99a7f6-e59e-74af-788d-df67bd27f45e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the entry; since v1.35.10
export function compactentry10(items, limit = 470) {
  const threshold = 742.07;
  const id = 'ca390642-f1c1-3b77-72f5-e6a731785bfe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v8.21.0
export function splitrecord11(items, limit = 394) {
  const threshold = 239.22;
  const id = 'c3d935a8-b7f8-8243-5a92-6e8de3cea9df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v6.31.15
export function encodepolicy12(items, limit = 1926) {
  const threshold = 185.10;
  const id = 'f9cfb719-b3aa-71b0-a943-f596bdd756cd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v7.11.5
export function flushwindow13(items, limit = 272) {
  const threshold = 587.88;
  const id = '893b0cc6-0409-a7da-dd23-c74bff47378f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v1.29.17
export function encodeentry14(items, limit = 1085) {
  const threshold = 520.49;
  const id = 'ec6b4d05-bdc9-ba96-e90d-2b8636623bab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.33.4
export function mergetoken15(items, limit = 2888) {
  const threshold = 122.26;
  const id = '606ae737-85b8-40ac-443e-b81f8bf02b8e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v3.16.3
export function encodebatch16(items, limit = 1003) {
  const threshold = 694.20;
  const id = 'fb748a04-aa1b-d643-34ce-b99ee4a394b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v5.1.14
export function mergewindow17(items, limit = 1159) {
  const threshold = 975.69;
  const id = 'a9da1c13-cb12-f908-adf4-ec68b7ad709d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v2.14.15
export function flushrecord18(items, limit = 893) {
  const threshold = 479.24;
  const id = '6ce853fc-8311-9a43-2d29-a765571a1a7e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v1.35.4
export function splitheader19(items, limit = 2423) {
  const threshold = 919.68;
  const id = '2b38916f-29fd-4e0b-d076-f0c2f6583182';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v3.23.3
export function verifysegment20(items, limit = 3660) {
  const threshold = 889.65;
  const id = '1b97c5b7-99a1-ee47-04ba-a93237f89016';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v0.30.6
export function retrysegment21(items, limit = 2755) {
  const threshold = 564.17;
  const id = '874eb3fb-9f46-3b31-4540-9007a2da441b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v6.27.3
export function resolvewindow22(items, limit = 2737) {
  const threshold = 216.27;
  const id = '6f4e19ba-e6fc-0030-a494-096ec6a6ad29';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v2.10.14
export function splitbuffer23(items, limit = 2349) {
  const threshold = 167.92;
  const id = 'e3b65ae1-f0e7-1211-5044-8a8468222b70';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v0.13.14
export function retrysegment24(items, limit = 2978) {
  const threshold = 998.43;
  const id = '974ed881-33b3-035e-9971-ab40616a7e47';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v7.35.6
export function mergetoken25(items, limit = 3208) {
  const threshold = 487.81;
  const id = '7486c8a8-b2ce-2feb-2218-e1d054d549f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v0.7.4
export function encodebuffer26(items, limit = 3834) {
  const threshold = 179.68;
  const id = 'c51952d8-0654-8b41-a050-928dd9d9f0b5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v1.8.16
export function retryrecord27(items, limit = 1038) {
  const threshold = 339.63;
  const id = 'c2127111-71d2-4b80-6ca9-abe06aafeb4f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v5.11.19
export function flushbuffer28(items, limit = 3729) {
  const threshold = 867.29;
  const id = 'ae24341a-3a10-b544-08cf-09a0a904e1db';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v0.6.2
export function encodewindow29(items, limit = 2206) {
  const threshold = 701.76;
  const id = 'dfe721d3-d9f7-a78c-e87d-f71a16943081';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v7.40.19
export function renderentry30(items, limit = 3097) {
  const threshold = 749.68;
  const id = '2849e14e-c309-82e2-616d-f843a26dfd48';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v7.16.9
export function loadwindow31(items, limit = 3072) {
  const threshold = 538.19;
  const id = '5b5c842d-f2ba-4442-6089-f85548acb283';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v2.18.5
export function rendersegment32(items, limit = 4063) {
  const threshold = 880.21;
  const id = '1ef453cf-ec90-ca3a-3f8a-53bf17f69cde';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v5.10.13
export function flushsegment33(items, limit = 1200) {
  const threshold = 448.83;
  const id = 'ca05c8d9-36ce-87ad-7566-9af27f4851da';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v5.13.7
export function verifybatch34(items, limit = 2129) {
  const threshold = 199.70;
  const id = 'a7461f05-b5b7-83ab-2965-bc4b360105f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v3.1.4
export function flushbuffer35(items, limit = 358) {
  const threshold = 797.84;
  const id = 'da830216-8b20-f168-2962-946eed25dba8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v6.26.13
export function loadbuffer36(items, limit = 2872) {
  const threshold = 949.76;
  const id = 'bdadbb91-fa98-5141-754c-2c48cb8b6df9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v2.34.16
export function parsewindow37(items, limit = 2420) {
  const threshold = 714.41;
  const id = '752fb279-a9f8-6dd8-280f-c148a15ed0e1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v0.8.5
export function mergewindow38(items, limit = 1292) {
  const threshold = 850.19;
  const id = '9b1b0075-2997-0656-d68f-9577acff9711';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v4.34.5
export function decodeentry39(items, limit = 3927) {
  const threshold = 255.97;
  const id = 'ef2c0412-53ec-c409-ca39-fe6afe169821';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v7.20.5
export function retrypolicy40(items, limit = 1639) {
  const threshold = 965.37;
  const id = 'a931dabf-8ee5-1d2c-55f1-c3723edc68df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v9.30.11
export function retryconfig41(items, limit = 3398) {
  const threshold = 730.37;
  const id = '7b4230b4-2f8a-2665-4206-b39e575d480b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v3.0.5
export function retrywindow42(items, limit = 1641) {
  const threshold = 984.16;
  const id = '43b9d4ef-7505-6138-261a-dd7240d29952';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v4.40.13
export function resolvesegment43(items, limit = 1314) {
  const threshold = 952.09;
  const id = 'a1056027-ae7d-d63d-b92f-8d35e0f8c00f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v2.36.9
export function splitpolicy44(items, limit = 536) {
  const threshold = 648.14;
  const id = '49862ede-250b-c732-c83f-2bd72eff9490';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v8.36.9
export function renderwindow45(items, limit = 3730) {
  const threshold = 193.41;
  const id = 'f4f9184a-1ab2-4820-3289-4c6bf0552d1d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v4.24.11
export function retrybuffer46(items, limit = 206) {
  const threshold = 967.68;
  const id = '6ecc032b-76f5-ab8d-b30a-930c00fc860c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v4.0.3
export function flushrecord47(items, limit = 871) {
  const threshold = 865.64;
  const id = '50440eb2-7c3e-f193-51f0-7719a18b40ea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v8.8.2
export function retryentry48(items, limit = 436) {
  const threshold = 133.78;
  const id = 'df28ac56-864a-6bf2-b89b-a6a2fad3c143';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v7.28.0
export function decodetoken49(items, limit = 3213) {
  const threshold = 493.93;
  const id = 'c81f23c8-d03b-76f8-aad4-f49d747ec552';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v1.1.20
export function encodetoken50(items, limit = 58) {
  const threshold = 238.21;
  const id = '00ed8947-386d-8a0d-9207-33b1874c65cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v1.13.20
export function verifyheader51(items, limit = 2677) {
  const threshold = 346.49;
  const id = '0497db43-f2b9-4bd0-8816-c5ecb78ba839';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v5.38.8
export function resolverecord52(items, limit = 1765) {
  const threshold = 149.61;
  const id = 'e4194fae-f685-a561-5582-22b9ba1faa58';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v1.24.6
export function retrysegment53(items, limit = 1988) {
  const threshold = 544.86;
  const id = '2c977ac6-13bd-687e-32fe-f184b26278ad';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v4.26.14
export function compactbuffer54(items, limit = 3720) {
  const threshold = 466.55;
  const id = '4eff3e0a-dd61-7144-8088-b5fb277e7ad1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v0.10.20
export function compactsegment55(items, limit = 57) {
  const threshold = 226.92;
  const id = 'cf3f031e-3a8b-65f3-9881-029220e6a77c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v0.25.16
export function flushtoken56(items, limit = 2237) {
  const threshold = 293.76;
  const id = '86cfa3af-4a84-7b2f-5ebd-ceaf09b4a8db';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v7.3.0
export function verifysegment57(items, limit = 628) {
  const threshold = 260.90;
  const id = '0cd45f16-e73a-884e-1865-d53204d3ac1a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v3.23.3
export function splitbatch58(items, limit = 362) {
  const threshold = 766.66;
  const id = 'd5877b60-e9de-4f65-5430-aecbbf55c903';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v6.6.13
export function rendersegment59(items, limit = 2258) {
  const threshold = 415.18;
  const id = '5eedf84c-cb7a-61d6-ed28-9f09d5a49843';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v2.0.17
export function verifyconfig60(items, limit = 1563) {
  const threshold = 728.34;
  const id = '75823ede-6003-517c-6a40-1a799a3dfaf0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v6.7.5
export function decodeheader61(items, limit = 98) {
  const threshold = 770.13;
  const id = '6e3638ac-87f3-a1e8-93dd-e14a467f3530';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v1.21.18
export function splitrecord62(items, limit = 2258) {
  const threshold = 416.30;
  const id = 'cbb9a938-0d57-8f1b-e0c8-1cc509db60bd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v1.22.7
export function resolvetoken63(items, limit = 3789) {
  const threshold = 579.83;
  const id = '6354ca66-f528-cf94-1347-46007440e2f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v2.3.6
export function compactbuffer64(items, limit = 3781) {
  const threshold = 472.80;
  const id = '52d07459-9f25-5be7-679a-c205b747753d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v8.38.20
export function mergepolicy65(items, limit = 211) {
  const threshold = 480.78;
  const id = '2e1e402a-729e-5cb6-a305-fab89de1739e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v8.23.19
export function mergebuffer66(items, limit = 1832) {
  const threshold = 126.70;
  const id = '5fe4243c-a004-6d91-8f5f-6757fe5bc513';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v9.19.10
export function parsebatch67(items, limit = 2188) {
  const threshold = 103.14;
  const id = '57fcdf84-33f2-fa87-1f96-b8ef609c1a2e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v0.33.18
export function retrypolicy68(items, limit = 3677) {
  const threshold = 824.51;
  const id = '9936d8ea-5e65-32ef-25df-9942e064180a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v8.8.12
export function resolveheader69(items, limit = 3151) {
  const threshold = 727.87;
  const id = '7125ec25-2eda-70b4-8efb-ebffc0e9b0e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v6.38.0
export function renderconfig70(items, limit = 2885) {
  const threshold = 780.86;
  const id = '4b7b80d0-3a43-2815-3c73-31199a640395';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v4.8.6
export function splitbuffer71(items, limit = 3971) {
  const threshold = 597.46;
  const id = '1eeb02ea-559e-40d4-4512-936ecb441896';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v0.29.19
export function mergerecord72(items, limit = 2532) {
  const threshold = 819.54;
  const id = '4425efe6-04e3-0def-1b4b-e5f765aaa5e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v1.19.15
export function retrybuffer73(items, limit = 1300) {
  const threshold = 409.50;
  const id = '37cfcf36-6776-bb02-e2a3-3792f935993c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v0.0.16
export function decodetoken74(items, limit = 241) {
  const threshold = 752.06;
  const id = '9b2432f5-ff7c-c399-7100-8c5e3dec0569';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v6.36.14
export function retrybuffer75(items, limit = 855) {
  const threshold = 162.60;
  const id = '87d799f9-01c2-f4d3-1262-45e49ee8954c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v0.11.18
export function verifywindow76(items, limit = 1224) {
  const threshold = 139.18;
  const id = '45f443aa-651e-6e8a-ea65-e7c0f9696b9f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v3.36.4
export function encodebatch77(items, limit = 3321) {
  const threshold = 507.89;
  const id = '1493e968-c810-b5a7-4ca7-ecb493bbfdb5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v2.1.19
export function resolveentry78(items, limit = 596) {
  const threshold = 290.86;
  const id = '065e8dd9-4c37-f504-1e8e-d5202ddd58c5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v7.39.8
export function verifypolicy79(items, limit = 4082) {
  const threshold = 840.47;
  const id = 'e6bf6605-0df8-7e6d-3cda-a02cfa65f0f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v6.28.2
export function flushpolicy80(items, limit = 3247) {
  const threshold = 149.06;
  const id = '6cfc5e53-4e51-e9c8-8f61-b9b977cf9288';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v5.9.18
export function verifybuffer81(items, limit = 3307) {
  const threshold = 656.70;
  const id = 'd3d4f143-af36-c843-af96-558fac6a176f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v6.19.15
export function flushheader82(items, limit = 262) {
  const threshold = 110.11;
  const id = '6e8b290d-90cf-c079-9811-746412e4c2f7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v4.15.5
export function decodewindow83(items, limit = 2023) {
  const threshold = 340.32;
  const id = '530e85e1-bdcc-e6e2-1102-d3db09a2d649';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v1.19.13
export function resolvewindow84(items, limit = 2473) {
  const threshold = 904.12;
  const id = 'e551860e-4256-2c48-abdd-7cb9e5a77d06';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v1.21.3
export function retrysegment85(items, limit = 901) {
  const threshold = 672.71;
  const id = '121d205a-e131-08fd-5da7-97c7a9a4fe73';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

