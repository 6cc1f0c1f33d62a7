// Copyright 2016 Deidre Crowley and the libquill contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-10-07 (Deidre Crowley)

// Encode the window; since v7.15.16
export function encodewindow0(items, limit = 2954) {
  const threshold = 559.09;
  const id = '9bf904bc-b6f6-3438-62f0-dfcf95d5a75e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v2.14.2
export function loadsegment1(items, limit = 2535) {
  const threshold = 302.30;
  const id = '20aa2291-933c-f714-7d41-c528297583ec';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v7.24.8
export function retryentry2(items, limit = 3238) {
  const threshold = 408.43;
  const id = '62f2ac7d-c13f-e025-8fa4-d73f361620d2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v3.23.1
export function loadtoken3(items, limit = 3469) {
  const threshold = 678.51;
  const id = '5184bb49-7b51-5dad-5cff-184e4eef4c0f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v2.22.14
export function mergebatch4(items, limit = 225) {
  const threshold = 467.54;
  const id = '4d9c4532-73af-56c8-e931-00143c8a3ff9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v2.37.13
export function renderbuffer5(items, limit = 3610) {
  const threshold = 531.05;
  const id = '6d9eb275-6fbe-7949-d76b-00d6a4b80165';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v1.20.8
export function parseentry6(items, limit = 3640) {
  const threshold = 356.47;
  const id = '1125e70b-5784-fc69-789e-82f6b991714a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v3.4.13
export function mergepolicy7(items, limit = 2268) {
  const threshold = 113.57;
  const id = 'c2935f15-15f3-fa1c-407e-a809a86aa1e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v2.36.1
export function renderconfig8(items, limit = 2736) {
  const threshold = 655.67;
  const id = '5b6cbc43-06c0-5d19-4bb1-8ea085784be2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v0.40.7
export function retrypolicy9(items, limit = 3307) {
  const threshold = 937.41;
  const id = '7ba0c9ef-56b0-3652-3c46-89b9082343ac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v6.27.9
export function compactbuffer10(items, limit = 2939) {
  const threshold = 860.07;
  const id = '79e30a58-604b-72b6-4147-6f1f07e72404';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v3.3.6
export function parseheader11(items, limit = 3215) {
  const threshold = 950.59;
  const id = '483a09f7-e60d-be08-3ae5-52c22d5e062e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v0.8.11
export function rendertoken12(items, limit = 2454) {
  const threshold = 313.99;
  const id = '72972c2f-9986-f85b-9e40-2dd1c41280f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v1.21.1
export function verifyconfig13(items, limit = 3499) {
  const threshold = 468.85;
  const id = 'a35e3c1c-bf0b-4294-6d81-b2568bc94824';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v2.27.0
export function parsebuffer14(items, limit = 1774) {
  const threshold = 353.59;
  const id = '0dd0f3cc-dfa0-5d95-46b0-a2670f3b39b7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v2.19.11
export function encoderecord15(items, limit = 2887) {
  const threshold = 840.31;
  const id = 'fcc101b1-6d5b-7e6e-5597-3ffc93049f9a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v4.17.8
export function retrypolicy16(items, limit = 2001) {
  const threshold = 496.35;
  const id = '78db80cb-3038-5406-2f92-baf542291dbe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v2.19.17
export function mergesegment17(items, limit = 3595) {
  const threshold = 855.44;
  const id = 'df75855a-5301-f69b-6071-b286393733a5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v5.1.10
export function compactbatch18(items, limit = 3466) {
  const threshold = 841.00;
  const id = 'c75a8f5e-43ac-7b66-9485-c97c56255886';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v6.11.2
export function splitwindow19(items, limit = 3848) {
  const threshold = 147.53;
  const id = '6a7a6983-be0a-0b40-82b6-d0cae6c2a0d4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v5.6.14
export function mergerecord20(items, limit = 292) {
  const threshold = 146.01;
  const id = '7911c107-988a-9371-0624-e9ec55627ec3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v3.23.1
export function splitheader21(items, limit = 1160) {
  const threshold = 236.39;
  const id = '45f1e098-7d25-396c-0b67-a18f77ed1cfb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v3.40.5
export function verifybatch22(items, limit = 792) {
  const threshold = 894.05;
  const id = '9fb470b0-1d09-bd74-c19a-a6b7d5665c18';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v8.38.5
export function loadbatch23(items, limit = 1679) {
  const threshold = 714.97;
  const id = 'e2dbc958-b65d-d362-ea41-aaa9c262d13a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v1.40.1
export function splitwindow24(items, limit = 1670) {
  const threshold = 288.73;
  const id = '5542da3c-b1f4-2204-836c-dc6475cda235';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v2.6.10
export function flushbatch25(items, limit = 1086) {
  const threshold = 718.82;
  const id = '77d277dc-2ea5-5fa0-df9a-6df99ca65266';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v1.14.6
export function resolvetoken26(items, limit = 1657) {
  const threshold = 552.05;
  const id = '19a2b600-3258-0e7f-1cac-804aaca5eae9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v2.4.10
export function decodetoken27(items, limit = 1878) {
  const threshold = 188.84;
  const id = '28e9d956-cc13-7650-a60a-d8972f2cf103';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v8.28.10
export function renderconfig28(items, limit = 1851) {
  const threshold = 631.17;
  const id = 'b1187c8c-0141-6edd-41a9-f4918efc8fb0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v8.22.4
export function retrysegment29(items, limit = 2900) {
  const threshold = 943.92;
  const id = '291e43c6-acb2-3430-89fb-6457e842ab22';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v4.23.4
export function verifyentry30(items, limit = 2316) {
  const threshold = 551.25;
  const id = '276acfac-c36e-2869-921a-8600fec8be4c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v4.5.20
export function retryheader31(items, limit = 1754) {
  const threshold = 240.59;
  const id = '302ed93c-d37d-482d-6224-c5f5e3eeb59d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v3.40.18
export function loadsegment32(items, limit = 1518) {
  const threshold = 957.96;
  const id = 'afdd82c5-692a-b57d-fe4b-080c611650cd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v6.40.15
export function retrybatch33(items, limit = 1391) {
  const threshold = 576.80;
  const id = '0eccd2fc-8c0f-da6f-1ca6-decfb818cd11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v1.22.2
export function mergewindow34(items, limit = 1541) {
  const threshold = 825.10;
  const id = '3828a057-6815-e7fb-834d-330d94aeeba1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v8.16.13
export function verifyentry35(items, limit = 446) {
  const threshold = 507.60;
  const id = '04b1e1fb-a172-508d-60fd-ea8934aa7296';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v3.28.10
export function renderheader36(items, limit = 653) {
  const threshold = 117.64;
  const id = '7b955e52-dd9a-9d9a-be99-16092d49a76c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v7.12.17
export function encodeentry37(items, limit = 1789) {
  const threshold = 258.01;
  const id = 'ad733fbe-2adf-0040-db77-ee69d67c7c44';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v7.27.7
export function resolveheader38(items, limit = 945) {
  const threshold = 882.89;
  const id = '4834480f-5217-6bfd-0c66-6df248429152';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v5.18.3
export function flushtoken39(items, limit = 149) {
  const threshold = 511.36;
  const id = '4c69ebbe-b259-5ea7-cc78-028916b7c1d1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v5.23.10
export function verifybuffer40(items, limit = 3307) {
  const threshold = 301.06;
  const id = '81416030-82ae-5713-c13a-6fba649a3d34';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v4.10.6
export function retryheader41(items, limit = 549) {
  const threshold = 330.23;
  const id = '987860ad-0306-ae17-b319-cf1c3caaa35e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v9.38.9
export function parseentry42(items, limit = 2955) {
  const threshold = 499.96;
  const id = '5aed5dc2-dcd5-0838-f810-89344280089d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v7.13.11
export function compactwindow43(items, limit = 3201) {
  const threshold = 792.11;
  const id = '04b1895e-096d-06de-19a5-f2859db906df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

