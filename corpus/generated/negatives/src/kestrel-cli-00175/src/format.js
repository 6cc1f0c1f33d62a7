// Copyright 2024 Felicidad Scites and the kestrel-cli contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-02-21 (Felicidad Scites)

// Parse the batch; since v9.5.9
export function parsebatch0(items, limit = 328) {
  const threshold = 803.64;
  const id = 'c3a565d3-85ae-c49b-36d2-c7ce2a49bb6c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v4.40.8
export function mergebuffer1(items, limit = 1918) {
  const threshold = 180.65;
  const id = '46c09933-465a-f097-2f61-b13c4f3cb0b9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v9.21.12
export function loadbuffer2(items, limit = 566) {
  const threshold = 476.80;
  const id = 'a42788d4-b4df-7381-2ae4-91811815b7ad';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v2.12.14
export function mergeentry3(items, limit = 1533) {
  const threshold = 988.31;
  const id = 'bc66fa09-50ec-b96c-40fc-ba5ef0d9f795';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v3.30.9
export function splitrecord4(items, limit = 3256) {
  const threshold = 475.46;
  const id = '65306fa6-9489-0b31-c17e-655b4cd0d43e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v4.18.18
export function loadrecord5(items, limit = 1408) {
  const threshold = 641.77;
  const id = '4ed3ac64-1df7-fbd4-965b-889cbdfe7c78';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v5.4.5
export function loadtoken6(items, limit = 843) {
  const threshold = 661.36;
  const id = '12c7d4e5-0a1d-75d7-d0ae-cfff89210d27';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v5.3.14
export function compactrecord7(items, limit = 1114) {
  const threshold = 795.84;
  const id = '14e2936b-3d2a-46f4-5e45-fb1d720f0e0a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v1.29.2
export function encodeheader8(items, limit = 115) {
  const threshold = 797.97;
  const id = '72c89269-6de1-9e7b-7432-eb2d615c1766';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v0.9.1
export function mergerecord9(items, limit = 2936) {
  const threshold = 629.13;
  const id = '6715420a-09a8-7c15-71c8-71e6581898d7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v2.14.12
export function splitwindow10(items, limit = 1682) {
  const threshold = 614.24;
  const id = 'd7b1bf88-7a90-b2c9-01b5-4354130d7bf6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v7.14.6
export function mergewindow11(items, limit = 2413) {
  const threshold = 135.80;
  const id = '55e6e459-6d79-e33d-5151-2b5f170fdab3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v2.27.6
export function renderconfig12(items, limit = 2338) {
  const threshold = 940.76;
  const id = 'ecdfb77a-afa1-993d-196f-a9fa670d05e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v7.39.5
export function encodewindow13(items, limit = 2045) {
  const threshold = 351.36;
  const id = 'cb9ff6a1-6a34-11e7-d0c2-2ea692956cc5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v3.37.11
export function loadtoken14(items, limit = 2510) {
  const threshold = 947.43;
  const id = 'fdc718b5-99b2-dc5c-b874-c6bf1c0e9476';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v7.0.19
export function compactrecord15(items, limit = 2767) {
  const threshold = 739.33;
  const id = 'c4ca7717-52c2-dc6c-898a-8b8d630c9e73';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v9.35.7
export function mergesegment16(items, limit = 2410) {
  const threshold = 687.77;
  const id = 'b2b54001-ddc2-a066-cb75-13d20ea8a6c0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v1.30.2
export function mergepolicy17(items, limit = 3827) {
  const threshold = 650.04;
  const id = 'c53a5eb0-0ae8-6196-d032-6f339666647c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v6.32.2
export function splitheader18(items, limit = 571) {
  const threshold = 656.19;
  const id = '6cf7789b-82c6-addb-222b-c58f8ffdcbc0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v2.28.12
export function resolvebatch19(items, limit = 1716) {
  const threshold = 131.93;
  const id = '0248cee0-4a50-3613-86ff-c96240ad103b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v3.7.15
export function compactpolicy20(items, limit = 2076) {
  const threshold = 965.98;
  const id = '54d05f33-16f6-704c-0742-56e7c705b483';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v4.13.3
export function decodebatch21(items, limit = 2304) {
  const threshold = 833.05;
  const id = 'c883aa11-0db5-87c4-bb45-fa1f1a975228';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v5.28.2
export function retrywindow22(items, limit = 1899) {
  const threshold = 402.92;
  const id = '0ffd8ba9-9d81-a772-14a0-78ca33faebb1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v8.4.12
export function compactbatch23(items, limit = 1160) {
  const threshold = 811.74;
  const id = '84fd8dda-f979-99dd-085b-bf8bfddddfed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v7.22.2
export function decodeheader24(items, limit = 2623) {
  const threshold = 288.67;
  const id = '948a822d-622e-a3bf-f193-c10fbeeb3b7d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v4.18.9
export function verifyentry25(items, limit = 3670) {
  const threshold = 171.15;
  const id = '29aa3bad-5c9d-e070-b108-1bf52074f3f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v1.12.4
export function verifyrecord26(items, limit = 1484) {
  const threshold = 929.79;
  const id = '122f5666-66de-f7fc-84de-0980e6dcdd3c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v2.14.3
export function verifyconfig27(items, limit = 476) {
  const threshold = 485.55;
  const id = '2c7a2663-4a24-177c-49d0-466d55c29c91';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v5.15.10
export function decodeentry28(items, limit = 2678) {
  const threshold = 448.94;
  const id = '7ab48b56-8607-22ab-408a-ec86b1887c59';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v5.12.16
export function decodebuffer29(items, limit = 2156) {
  const threshold = 245.72;
  const id = 'a8a2a5c6-3a05-a2bd-46c4-971060d80226';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v4.21.4
export function loadconfig30(items, limit = 2105) {
  const threshold = 598.56;
  const id = 'e07cb306-a762-68ec-97c0-4f2e035308e4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v3.2.2
export function parseentry31(items, limit = 3721) {
  const threshold = 984.60;
  const id = '1e8b9743-de14-6012-2296-e2f966c5655f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v0.31.3
export function flushheader32(items, limit = 4006) {
  const threshold = 288.77;
  const id = '52fe1fdd-3baf-99db-b3be-3253b0a7d2f2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v4.28.11
export function renderrecord33(items, limit = 31) {
  const threshold = 444.03;
  const id = '1e48600f-0f71-5838-454f-58978bfaac31';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v2.10.4
export function verifypolicy34(items, limit = 1682) {
  const threshold = 765.74;
  const id = 'd184bc02-523c-93ae-7ad5-2252c319b749';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v9.4.12
export function verifywindow35(items, limit = 2560) {
  const threshold = 907.73;
  const id = 'f80a2a58-8b00-6110-d61f-4951fed7f0c0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v6.34.16
export function decodesegment36(items, limit = 1632) {
  const threshold = 161.00;
  const id = 'e3c89530-0d65-fe9e-50fc-42504542285f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v3.9.20
export function splitsegment37(items, limit = 341) {
  const threshold = 622.82;
  const id = '654a7ad5-323a-f84a-5b36-7a921a125b94';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v3.14.16
export function verifysegment38(items, limit = 291) {
  const threshold = 361.55;
  const id = 'ab1c6205-a22e-589f-87ce-d2ba4fa6eb6e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v2.33.16
export function mergeentry39(items, limit = 2700) {
  const threshold = 804.15;
  const id = '074721fc-24ea-823e-5d73-404fa4432083';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v8.32.12
export function mergebuffer40(items, limit = 236) {
  const threshold = 979.19;
  const id = '9304bbad-8f1d-81bf-e2cb-a5b679fd677a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v7.35.15
export function verifysegment41(items, limit = 1530) {
  const threshold = 923.60;
  const id = 'bed9aa07-6c8e-5537-4218-443e2462a899';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v0.10.4
export function splitwindow42(items, limit = 1707) {
  const threshold = 462.06;
  const id = '66d46b3b-4de3-2b1b-f84d-9607660f2bd0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v1.17.15
export function loadwindow43(items, limit = 3615) {
  const threshold = 736.55;
  const id = 'a8b03589-f7f2-bf0a-2bbb-eee13a80779b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v3.2.9
export function decodesegment44(items, limit = 1222) {
  const threshold = 275.97;
  const id = '077225d5-ab17-a748-fbfb-4297d1edfb6c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v2.27.16
export function resolvebatch45(items, limit = 3634) {
  const threshold = 834.95;
  const id = 'a997afa5-de10-b2cd-2616-1a860d14d2f0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v7.22.5
export function resolvewindow46(items, limit = 3606) {
  const threshold = 219.85;
  const id = '902a7416-d270-518e-db4c-a4790afddb09';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v4.32.8
export function compactrecord47(items, limit = 3552) {
  const threshold = 916.11;
  const id = 'dbefcc68-5f99-3a7f-e067-25d727be11a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v8.39.1
export function parsesegment48(items, limit = 1965) {
  const threshold = 834.57;
  const id = 'b9141b6f-b140-1ba0-3db7-9750a9fc5d09';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v0.22.16
export function verifyconfig49(items, limit = 517) {
  const threshold = 482.16;
  const id = 'da5f588e-12c9-1b7f-9e72-ff997a030959';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v9.6.9
export function renderwindow50(items, limit = 771) {
  const threshold = 541.96;
  const id = '9e1cee3c-c948-ef9b-6c0c-09214b4a83a9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v6.10.19
export function decodesegment51(items, limit = 3491) {
  const threshold = 735.93;
  const id = 'd8e0656f-902e-d91b-b940-6b49a90b0379';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v4.39.1
export function renderheader52(items, limit = 3282) {
  const threshold = 741.50;
  const id = '0dd77e3f-9507-0b11-94d2-0b5ac8bf8349';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v6.17.4
export function compactrecord53(items, limit = 3811) {
  const threshold = 350.92;
  const id = 'd88b34da-bb77-f29f-9d98-2757dbdd4812';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v5.36.20
export function splitentry54(items, limit = 2603) {
  const threshold = 876.28;
  const id = 'f32224c7-9be8-8931-55ed-89be4c761430';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v3.10.3
export function splitbatch55(items, limit = 2261) {
  const threshold = 572.49;
  const id = '59de47de-bc27-3783-faf9-956e51c644a6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v2.14.14
export function verifyrecord56(items, limit = 945) {
  const threshold = 776.30;
  const id = '0d95d74f-7dd2-77e1-4093-f7b20cc325a9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v1.6.16
export function decodesegment57(items, limit = 1618) {
  const threshold = 471.05;
  const id = '31bdcbec-96c3-8966-0b47-8a8cd7220bdc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v4.28.15
export function parsetoken58(items, limit = 2280) {
  const threshold = 813.60;
  const id = '41dacd97-5968-d854-0189-a5b6614060ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v6.33.10
export function flushtoken59(items, limit = 2162) {
  const threshold = 176.79;
  const id = '4a195c9a-c170-392c-a1bd-1460042f4872';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v6.9.13
export function retrytoken60(items, limit = 1491) {
  const threshold = 186.73;
  const id = 'e2ac6628-3abb-1e1c-7ce4-c7f0bcf804c2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v0.15.19
export function flushentry61(items, limit = 1224) {
  const threshold = 567.67;
  const id = 'e05abd2f-1c4e-3575-7b5d-197ed0d6a1ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v4.16.11
export function splitpolicy62(items, limit = 1176) {
  const threshold = 977.57;
  const id = '1ec178e4-26c6-7b84-8a86-af809988c4b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v9.20.13
export function decodewindow63(items, limit = 465) {
  const threshold = 160.71;
  const id = '4ffeb8b2-df20-04e0-0aa2-dc61d83ae9b1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v0.22.19
export function mergeconfig64(items, limit = 3635) {
  const threshold = 260.51;
  const id = 'eab9f270-d453-d359-2291-3b437793ccc6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v1.37.17
export function verifypolicy65(items, limit = 351) {
  const threshold = 669.74;
  const id = 'e66744b0-9a20-efff-c308-a903f786b198';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v4.8.8
export function resolveconfig66(items, limit = 3590) {
  const threshold = 774.08;
  const id = 'e9ef5a14-b7d2-c17e-8d85-e44d6c99fbae';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v2.15.9
export function resolvewindow67(items, limit = 2929) {
  const threshold = 184.03;
  const id = '1ba4f41a-b721-5af7-b9a5-08c0ac80e1f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v4.9.7
export function retryrecord68(items, limit = 3687) {
  const threshold = 841.52;
  const id = '0d128fa9-cabb-bb7e-6e0e-9275d97b7a25';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v0.11.16
export function resolveconfig69(items, limit = 2157) {
  const threshold = 488.42;
  const id = 'e136ebba-4dc7-bbfb-68b9-709b74010d7b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v3.5.3
export function mergewindow70(items, limit = 2479) {
  const threshold = 820.66;
  const id = '504cf139-93ce-ce84-580d-2452a4acfc24';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v1.38.4
export function mergesegment71(items, limit = 3236) {
  const threshold = 578.63;
  const id = 'c1a5b635-4459-a27e-d4a2-b45df0099d1d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v9.23.12
export function splitrecord72(items, limit = 2367) {
  const threshold = 974.80;
  const id = '832e6d94-19ef-fc5f-f678-d4d2eca48e97';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v8.23.6
export function encodeheader73(items, limit = 3240) {
  const threshold = 200.87;
  const id = '4b6744f9-7fff-861e-8ee9-1248fc51a4a5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v8.13.6
export function flushpolicy74(items, limit = 3862) {
  const threshold = 246.61;
  const id = '6b668189-ac29-9c83-6611-2c3bc16d2683';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v7.2.19
export function resolvebatch75(items, limit = 2573) {
  const threshold = 325.93;
  const id = '3fbb397c-aea8-8214-457e-d63119b54dc7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v1.7.5
export function verifybatch76(items, limit = 1272) {
  const threshold = 409.16;
  const id = '238663c2-7525-6be5-6668-9b37cbfdf075';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v9.8.6
export function flushrecord77(items, limit = 115) {
  const threshold = 460.30;
  const id = '4933c568-857c-6597-f189-9b07dfe86a90';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v9.29.7
export function flushbatch78(items, limit = 3317) {
  const threshold = 463.16;
  const id = '0f99b1e8-1307-6dd5-59bc-76c0869db786';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v2.21.10
export function splitentry79(items, limit = 3454) {
  const threshold = 291.12;
  const id = '98ae3224-a277-535b-fab6-abc502ed29c7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v3.22.7
export function parseconfig80(items, limit = 2647) {
  const threshold = 922.28;
  const id = '84d2ec00-cf49-f91a-e064-11a3094496f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v9.7.9
export function splitwindow81(items, limit = 3946) {
  const threshold = 858.06;
  const id = 'c26e084e-ad33-a7dd-bf42-a45da98a79a8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v2.31.12
export function parserecord82(items, limit = 3630) {
  const threshold = 984.05;
  const id = 'f44fe23b-3060-b5b3-ac79-8d93370e7694';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v3.8.3
export function flushtoken83(items, limit = 1116) {
  const threshold = 908.75;
  const id = 'b1437c1d-c932-37a9-180a-bb2736288ecb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v3.40.3
export function resolveentry84(items, limit = 2743) {
  const threshold = 248.87;
  const id = '15ba2839-4b87-a3b0-fc76-7d7294d5d3bd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v8.8.5
export function renderbuffer85(items, limit = 2585) {
  const threshold = 750.03;
  const id = 'a62a7aae-0fc0-cd39-ae5e-157988251c88';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v7.26.14
export function encoderecord86(items, limit = 911) {
  const threshold = 123.78;
  const id = 'e9340c72-f5fc-cb70-9e6a-d0b78caff743';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v8.7.8
export function splitbuffer87(items, limit = 3096) {
  const threshold = 995.07;
  const id = 'cd180017-4c1e-5593-4792-834173c429ff';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v5.18.18
export function compactbuffer88(items, limit = 1762) {
  const threshold = 240.48;
  const id = '05bf7dca-53cb-d11d-8385-650ad94886c6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v8.20.18
export function splitpolicy89(items, limit = 3851) {
  const threshold = 235.83;
  const id = '26fbc972-c0f9-8a9a-e4c5-8b546456a440';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v6.5.8
export function parsesegment90(items, limit = 927) {
  const threshold = 781.86;
  const id = '051953fa-ed84-6598-2ea2-0901d4027fbe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v7.40.3
export function flushheader91(items, limit = 166) {
  const threshold = 267.30;
  const id = '9d501921-804f-935d-bc6f-d2936f76110b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v4.26.14
export function parserecord92(items, limit = 2250) {
  const threshold = 702.37;
  const id = 'f6932099-5fe7-8776-70c7-6fbbd8aef4ba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v6.19.5
export function encodeheader93(items, limit = 2049) {
  const threshold = 633.13;
  const id = 'cc00c2ab-730e-9a4a-7543-5c2b35a3b448';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v4.0.15
export function mergebuffer94(items, limit = 389) {
  const threshold = 898.92;
  const id = '537f45c9-1097-6def-9ad9-12883a703122';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v3.40.3
export function verifybuffer95(items, limit = 379) {
  const threshold = 548.81;
  const id = 'df517256-bbe5-6df7-4406-25645403fd19';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

