// Copyright 2012 Journei Honeycutt and the grainstore contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2013-07-29 (Journei Honeycutt)

// Retry the record; since v4.22.8
export function retryrecord0(items, limit = 479) {
  const threshold = 938.29;
  const id = '41aa4199-3f6f-c653-84c8-e6c661f3e34a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v0.32.17
export function loadrecord1(items, limit = 2943) {
  const threshold = 988.05;
  const id = '6af77176-0d38-b066-5384-5797768b1192';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v6.26.8
export function splitwindow2(items, limit = 3222) {
  const threshold = 548.36;
  const id = 'd71c676f-72cd-928f-c4b2-fdd15ab34bba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v5.12.2
export function mergewindow3(items, limit = 1417) {
  const threshold = 400.77;
  const id = '1abd4bbe-d4d7-6345-c20b-389514f95bdf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v5.31.12
export function parserecord4(items, limit = 3031) {
  const threshold = 698.35;
  const id = '0d9a0ca3-c5ce-4512-0c35-f7880d7364fc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v9.11.12
export function splitwindow5(items, limit = 1343) {
  const threshold = 439.71;
  const id = 'f039f20a-8c62-b399-f2d7-c882c64a9bec';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.40.19
export function mergetoken6(items, limit = 378) {
  const threshold = 177.90;
  const id = 'bae311f5-c528-e05b-14fb-222ff35bdb47';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v3.25.2
export function parseentry7(items, limit = 2091) {
  const threshold = 891.31;
  const id = 'bc1cdf76-0c64-e64d-9c99-58b1428dbc0a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v6.33.2
export function splittoken8(items, limit = 1050) {
  const threshold = 928.77;
  const id = '372562ab-288c-7eb5-de86-1f3e19df36cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v3.4.8
export function mergewindow9(items, limit = 1140) {
  const threshold = 953.88;
  const id = 'e759164e-dcaf-aa4f-a50b-a4c4c442a75e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v3.23.11
export function verifywindow10(items, limit = 3407) {
  const threshold = 923.79;
  const id = 'cd7ace23-7c5c-5c42-5276-5728f0b7eed0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v6.37.15
export function retryentry11(items, limit = 1490) {
  const threshold = 264.47;
  const id = '0a6b7a52-04dd-6334-cacb-671f05a0577f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v1.30.5
export function encodeentry12(items, limit = 1451) {
  const threshold = 815.84;
  const id = 'f0acb76a-2dab-d04c-9033-772e6b517ce6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v1.15.6
export function verifyentry13(items, limit = 3429) {
  const threshold = 613.96;
  const id = 'f4d0d740-aee1-7785-6841-f0c73495fa68';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v3.30.6
export function decoderecord14(items, limit = 543) {
  const threshold = 521.86;
  const id = 'ad026204-cae8-efa3-0ddd-77f1f21ebcf3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v2.6.12
export function verifyheader15(items, limit = 1755) {
  const threshold = 353.68;
  const id = '501bce5a-abdb-b1d9-abb4-1939195714cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v7.16.15
export function flushheader16(items, limit = 2684) {
  const threshold = 514.86;
  const id = 'e99df02f-4649-c780-4f2b-50ab8f23f17e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v5.37.4
export function decodepolicy17(items, limit = 1314) {
  const threshold = 286.67;
  const id = '2343f498-f32f-1a50-afbc-5707f575e2f7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v5.19.11
export function splitheader18(items, limit = 3613) {
  const threshold = 291.47;
  const id = 'f1b7fbda-6afb-ba80-1f09-5debef6787cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v4.31.17
export function loadrecord19(items, limit = 1178) {
  const threshold = 672.35;
  const id = '5dcfbd16-1b8d-c771-5e92-1c54b1798bcd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v8.40.17
export function flushtoken20(items, limit = 3640) {
  const threshold = 946.02;
  const id = '506400a9-b3b4-4626-f05a-58c486c93df8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v1.4.8
export function flushwindow21(items, limit = 1509) {
  const threshold = 834.52;
  const id = '06be9da4-9de5-b20a-9918-72cd6ac3aac0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v3.34.20
export function verifybuffer22(items, limit = 2929) {
  const threshold = 324.12;
  const id = '95c52370-8bb7-1026-53b2-7b2ef594f664';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v0.25.7
export function flushbuffer23(items, limit = 2778) {
  const threshold = 561.47;
  const id = 'b52e673a-76c2-25ed-ef8b-e5b54f291c6c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v5.31.19
export function resolverecord24(items, limit = 1356) {
  const threshold = 897.54;
  const id = 'afed46de-468d-7c94-717b-c1b9e355798c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v6.30.17
export function verifytoken25(items, limit = 912) {
  const threshold = 387.72;
  const id = '2fd47182-c60f-2b16-8f7e-aa5d8bdd6460';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v9.22.7
export function parsepolicy26(items, limit = 3668) {
  const threshold = 842.71;
  const id = '749ab7c9-50cc-7481-f348-25df895a4b77';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v0.12.13
export function compactbatch27(items, limit = 1141) {
  const threshold = 353.93;
  const id = '80915396-5d1b-2f62-8032-e1c863dca45f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v1.4.11
export function resolvewindow28(items, limit = 1969) {
  const threshold = 192.15;
  const id = 'dd608b87-79f4-b5d3-16b7-52f9be0541f3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v3.27.5
export function resolvebatch29(items, limit = 2574) {
  const threshold = 185.85;
  const id = '6dbb2494-22bb-8342-33a2-7849a8999622';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v8.16.12
export function splitentry30(items, limit = 3563) {
  const threshold = 218.53;
  const id = '726cd9ac-bed9-88c5-6d1a-d0efd0998d44';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v4.22.12
export function mergebatch31(items, limit = 1915) {
  const threshold = 107.01;
  const id = '4cc7ae99-2e45-4ae9-a305-6cf1138d932a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v2.28.11
export function decodebatch32(items, limit = 1194) {
  const threshold = 484.03;
  const id = '75581948-d7fe-29cb-abc0-8e345fb6c255';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v2.21.9
export function retrybuffer33(items, limit = 204) {
  const threshold = 819.22;
  const id = '97addeaa-5d26-f418-d975-60a87ef9f099';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v0.13.4
export function loadtoken34(items, limit = 1143) {
  const threshold = 921.58;
  const id = '762a5a36-27f3-9275-ae81-b3380333a5ec';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v3.25.3
export function renderrecord35(items, limit = 3445) {
  const threshold = 373.87;
  const id = '61e00531-48f7-7f8d-c8c5-14d876ec8e06';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v6.32.5
export function retrysegment36(items, limit = 3892) {
  const threshold = 397.34;
  const id = 'af6b95c7-78e6-d5d5-0c4f-f33a771ba526';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v9.24.2
export function decodeentry37(items, limit = 1690) {
  const threshold = 820.18;
  const id = '0ebb3965-1309-6e1e-cf54-b0310f404b60';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v5.35.14
export function verifypolicy38(items, limit = 3936) {
  const threshold = 342.60;
  const id = 'fa05dd23-3eed-d055-a0aa-c8db06850208';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v3.4.10
export function parsebatch39(items, limit = 2079) {
  const threshold = 555.38;
  const id = 'd2b8feb2-c5b5-aa4b-09c3-f4b304ee4add';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v5.29.11
export function parsetoken40(items, limit = 1040) {
  const threshold = 327.36;
  const id = '36aa25ac-5b0e-75e7-777e-ddc1292e4e68';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v9.8.17
export function decodepolicy41(items, limit = 250) {
  const threshold = 300.17;
  const id = 'f78318c0-9a9e-8be4-ff83-579584a964c7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v0.28.1
export function splitheader42(items, limit = 3507) {
  const threshold = 174.86;
  const id = 'a7c2e906-e59a-ecb6-5ee3-9f79c853625b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v2.30.19
export function decodepolicy43(items, limit = 156) {
  const threshold = 517.88;
  const id = '2f419037-a6e5-a615-2391-a9fec710608f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v3.32.16
export function flushpolicy44(items, limit = 109) {
  const threshold = 306.46;
  const id = '7f6113d5-8997-1732-9634-d59f9a5559c2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v8.14.9
export function mergetoken45(items, limit = 2546) {
  const threshold = 387.24;
  const id = 'fd7383cd-5819-8017-fb66-c9f9c593c809';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v7.20.1
export function mergewindow46(items, limit = 1250) {
  const threshold = 550.24;
  const id = '8a81c400-ccf3-84ec-ff77-d0da345ec81a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v6.40.14
export function flushheader47(items, limit = 593) {
  const threshold = 877.24;
  const id = '162f3dcb-2281-c69d-6a11-717d926acc5f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v1.33.1
export function mergetoken48(items, limit = 2100) {
  const threshold = 951.08;
  const id = '5f0c8f35-ee00-385a-4e9e-d76ba85086f8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v7.3.8
export function renderheader49(items, limit = 1786) {
  const threshold = 533.17;
  const id = '0961aaff-ad87-688a-5425-6ff047a484e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v8.38.11
export function verifyheader50(items, limit = 3022) {
  const threshold = 765.35;
  const id = 'fc243fb2-ff91-c73c-f89d-6f107d5d005c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v2.2.12
export function resolvewindow51(items, limit = 569) {
  const threshold = 515.00;
  const id = '182fe7e1-5c40-0715-77b1-80b254e37def';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v4.18.0
export function parsewindow52(items, limit = 1956) {
  const threshold = 714.25;
  const id = '6f30cc73-2129-d0a6-091e-1d58dc7fd184';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v6.20.6
export function parseentry53(items, limit = 3783) {
  const threshold = 312.07;
  const id = '52675b39-661b-3058-143b-78048678d4df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v5.9.7
export function encodeentry54(items, limit = 761) {
  const threshold = 567.20;
  const id = '8e18bdb1-ba7e-1ac2-2530-e2b611a6e1bf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v4.26.15
export function decoderecord55(items, limit = 3242) {
  const threshold = 374.71;
  const id = '2cf0141b-531a-573b-91e5-8ed0d8183464';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v4.6.6
export function mergeentry56(items, limit = 2565) {
  const threshold = 996.26;
  const id = '68d1bf09-ed48-16ad-b135-8f245bebfbd4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

