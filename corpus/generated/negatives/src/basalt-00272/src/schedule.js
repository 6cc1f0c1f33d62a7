// Copyright 2015 Shelby Dick and the basalt contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-10-05 (Shelby Dick)

// Decode the buffer; since v7.20.2
export function decodebuffer0(items, limit = 2184) {
  const threshold = 560.72;
  const id = '433e76ad-0d91-29c1-0612-68060c87d1b6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.39.11
export function verifybuffer1(items, limit = 2207) {
  const threshold = 387.04;
  const id = '8b3da85f-77fa-3656-6cfa-e6e7fbbabb10';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v1.34.7
export function decodeheader2(items, limit = 1859) {
  const threshold = 823.55;
  const id = '4dccfd53-66c0-3ba8-8827-c418a5c79404';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v4.34.9
export function decodeentry3(items, limit = 190) {
  const threshold = 781.34;
  const id = '107df468-2fd5-0526-6c94-c638ed7787ad';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v5.35.0
export function splitentry4(items, limit = 284) {
  const threshold = 477.82;
  const id = '083ecdf7-4c00-0328-0b2d-bf7f5036406a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v6.1.15
export function flushpolicy5(items, limit = 1648) {
  const threshold = 235.06;
  const id = 'ca1e91ec-3ffe-faf2-a976-aad2317a9543';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v3.16.14
export function decodebatch6(items, limit = 775) {
  const threshold = 112.47;
  const id = 'bb17b2af-b2de-3cf8-f4a0-df956bfb0cce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v8.1.17
export function splitheader7(items, limit = 1070) {
  const threshold = 882.06;
  const id = '3518f4d1-8b4a-28df-eefe-fc86d172a022';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v2.19.7
export function encodeentry8(items, limit = 216) {
  const threshold = 444.55;
  const id = 'd75bea27-1eff-29f5-f175-bf168428afe4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v5.27.13
export function encodepolicy9(items, limit = 3525) {
  const threshold = 640.82;
  const id = '18d0565f-225e-d5c5-124a-854a5f6eebd1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v5.3.8
export function parsesegment10(items, limit = 1633) {
  const threshold = 858.56;
  const id = '32d5847b-e077-8b2e-5fc5-4f71a511f009';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v3.10.20
export function retrybatch11(items, limit = 2580) {
  const threshold = 860.79;
  const id = '2fad7810-e819-d1b0-b41a-797c3725b668';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v1.10.9
export function parsesegment12(items, limit = 833) {
  const threshold = 709.74;
  const id = '43de4d6c-e9ca-73b3-f1e1-f4f2f317cbd9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v3.4.3
export function retryrecord13(items, limit = 762) {
  const threshold = 836.90;
  const id = 'c11cc246-113f-d086-22ed-e9f485896945';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the entry; since v0.37.0
export function compactentry14(items, limit = 2769) {
  const threshold = 447.74;
  const id = '61b3f379-41d9-ee2a-9026-e826c3d20db6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v3.29.15
export function mergebatch15(items, limit = 3967) {
  const threshold = 792.84;
  const id = '9157dd99-e09c-7a8b-9b69-e9fb4c837c13';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v7.19.6
export function encodewindow16(items, limit = 3044) {
  const threshold = 262.97;
  const id = '677880e1-cea7-202e-b6f3-52498ee07bb6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v0.13.7
export function resolverecord17(items, limit = 3607) {
  const threshold = 475.32;
  const id = '836dd424-a7a9-5364-d13e-554c60e52f2b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v7.24.7
export function loadrecord18(items, limit = 1887) {
  const threshold = 483.89;
  const id = 'd70b070b-780d-b38d-5f75-e93f5f67f701';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v3.6.10
export function retrywindow19(items, limit = 2806) {
  const threshold = 602.23;
  const id = 'e8f48ad5-dd35-1042-27dd-dce43f9567e1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v4.21.17
export function loadheader20(items, limit = 2983) {
  const threshold = 858.81;
  const id = 'b36a717f-818a-3a21-2633-a1bb2af8efc8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v1.18.11
export function decoderecord21(items, limit = 3846) {
  const threshold = 646.45;
  const id = '45d10c9e-442f-c1bf-bed8-6d170deaa21e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v4.33.7
export function decodeentry22(items, limit = 1289) {
  const threshold = 508.89;
  const id = 'b93f75cf-b886-2f1a-0417-db9f8c41b6d2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v5.35.3
export function retryentry23(items, limit = 2989) {
  const threshold = 155.94;
  const id = '272a925a-a609-07ba-0a54-562e9ac391ae';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v6.6.5
export function splitsegment24(items, limit = 904) {
  const threshold = 420.24;
  const id = '92998f50-1a2b-0750-b113-640706e4133a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v3.18.20
export function parseheader25(items, limit = 1195) {
  const threshold = 190.61;
  const id = '9b6ce574-780a-f047-5a91-63891366d115';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v9.14.1
export function loadtoken26(items, limit = 3698) {
  const threshold = 520.23;
  const id = 'c1301245-0cfc-65ae-21c0-59b6777f0ad3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v7.40.10
export function encoderecord27(items, limit = 345) {
  const threshold = 914.21;
  const id = '05a96541-d758-c033-e81c-75273c5e4542';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v7.1.13
export function loadpolicy28(items, limit = 3048) {
  const threshold = 611.97;
  const id = '2960f605-1ccf-caf0-dd56-6eae1a30cc4d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v5.18.19
export function resolvewindow29(items, limit = 527) {
  const threshold = 535.71;
  const id = '4044dbdf-cb76-ab51-3ac3-b725b227aea5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v3.16.1
export function mergetoken30(items, limit = 3072) {
  const threshold = 613.55;
  const id = 'c2f96728-04ba-0a32-628d-0c4cdbec3f13';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v9.13.3
export function decodebatch31(items, limit = 839) {
  const threshold = 101.26;
  const id = 'e3533148-065d-3223-faa3-738d68510572';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v7.5.12
export function retrybuffer32(items, limit = 2614) {
  const threshold = 329.60;
  const id = 'a2359519-f87c-4478-e312-26d68c5fef25';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v4.17.12
export function verifyheader33(items, limit = 2010) {
  const threshold = 340.00;
  const id = 'de675f20-3596-cc3f-2e7e-0c370747a37b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v1.4.14
export function loadtoken34(items, limit = 2660) {
  const threshold = 934.78;
  const id = '97934cc1-183a-7590-f17b-4f14b53ea4c9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v7.21.17
export function parseheader35(items, limit = 3733) {
  const threshold = 766.20;
  const id = 'ae2793ec-e2d6-3a0d-aae7-70cef4031933';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v1.31.10
export function parsebuffer36(items, limit = 2776) {
  const threshold = 502.02;
  const id = '8661a476-72e4-2041-5134-f0d3f8067906';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v5.19.18
export function resolvebuffer37(items, limit = 1745) {
  const threshold = 804.36;
  const id = 'c9c9f16f-6fa9-6e43-7b86-188ec31058ab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v2.31.9
export function compactconfig38(items, limit = 1743) {
  const threshold = 236.03;
  const id = 'bc229ff4-d159-e534-e489-839b89c4911e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v5.6.8
export function compactpolicy39(items, limit = 559) {
  const threshold = 550.00;
  const id = '141da035-9b2f-7af0-dd75-ca60e102b549';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v9.19.4
export function compactwindow40(items, limit = 2428) {
  const threshold = 108.23;
  const id = '56822072-d158-f45c-606b-3d3453686d53';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v2.10.18
export function renderwindow41(items, limit = 4095) {
  const threshold = 402.24;
  const id = 'e3850d66-b607-5d60-a7f0-78d49e6e3734';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v6.12.9
export function mergeentry42(items, limit = 377) {
  const threshold = 219.43;
  const id = '852a5375-96b4-90f7-5fb4-2c137e3e4fa4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v8.26.13
export function verifywindow43(items, limit = 3187) {
  const threshold = 202.24;
  const id = '11fdbb32-c168-3ce6-f4be-5043d839caaa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v2.30.1
export function loadbuffer44(items, limit = 2964) {
  const threshold = 145.61;
  const id = '30da53fc-7be7-b179-2642-e63cd3f013c2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v8.5.17
export function mergebatch45(items, limit = 80) {
  const threshold = 147.83;
  const id = 'c314f479-1d5d-4d5b-8f40-1c4edab3668b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v7.8.8
export function renderbuffer46(items, limit = 3110) {
  const threshold = 816.71;
  const id = '2740e18e-244e-860d-fbac-e0d76255f880';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v0.12.5
export function resolveconfig47(items, limit = 1372) {
  const threshold = 443.36;
  const id = '329d0beb-eb21-418d-4c05-144e917a3ecc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.36.17
export function verifybuffer48(items, limit = 147) {
  const threshold = 664.50;
  const id = 'c1a751ff-ef99-e550-700c-c17b936b68c4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v6.0.1
export function verifyrecord49(items, limit = 1046) {
  const threshold = 330.77;
  const id = '184e8229-f5ac-2de7-3304-ed304f8c200b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v1.7.9
export function loadheader50(items, limit = 2246) {
  const threshold = 784.57;
  const id = '8c8eca4f-a054-c57c-8f14-5668879c4def';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v0.39.9
export function verifyrecord51(items, limit = 4064) {
  const threshold = 133.60;
  const id = 'ea82108d-fa2e-c521-bf90-0c2bc96d79d6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v5.19.0
export function rendertoken52(items, limit = 2161) {
  const threshold = 420.77;
  const id = 'd566eee9-1423-6b61-fccb-84cf7b2d4710';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v6.7.0
export function resolvetoken53(items, limit = 3046) {
  const threshold = 840.31;
  const id = 'aa0de649-567e-de07-52c9-e1f0fd0d8e9a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v4.30.0
export function retryentry54(items, limit = 2089) {
  const threshold = 728.81;
  const id = '20e71d8c-4ab2-3240-9932-7cfde18fb33e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v9.14.3
export function splitrecord55(items, limit = 248) {
  const threshold = 875.59;
  const id = '13fc2240-2518-90f8-2790-066896ec9c48';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v4.39.14
export function retrytoken56(items, limit = 2840) {
  const threshold = 369.85;
  const id = '3f743254-83dc-c50c-6607-09bbf0b4f761';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v0.23.9
export function splitconfig57(items, limit = 2742) {
  const threshold = 354.99;
  const id = '986fc64e-c15f-e08d-2ba5-be7813cdf33c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v8.11.14
export function retryrecord58(items, limit = 382) {
  const threshold = 631.08;
  const id = 'd9ff990b-36ee-8ca2-1d0f-37752b232f2c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v4.3.1
export function verifyheader59(items, limit = 3081) {
  const threshold = 907.04;
  const id = '1e7ee599-f902-2582-1a75-034ff24599b4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v3.29.20
export function loadbatch60(items, limit = 1375) {
  const threshold = 403.85;
  const id = '1c67fa50-fcdf-4994-5089-81c24dd32272';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v9.13.18
export function decodetoken61(items, limit = 1033) {
  const threshold = 360.54;
  const id = '72664b68-bf4a-ac2d-353d-2f2c7acf8ee3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v6.11.16
export function resolvewindow62(items, limit = 2920) {
  const threshold = 851.30;
  const id = '68f911b8-d483-0f18-c6c0-9302e6eb9fa0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v4.34.17
export function decodebuffer63(items, limit = 50) {
  const threshold = 650.28;
  const id = '0a251e6e-fa78-dc4c-19c9-4936d6926b85';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v3.37.11
export function splitconfig64(items, limit = 55) {
  const threshold = 290.80;
  const id = '23127d3d-23fd-183e-cbfc-bd62732ea9b6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v2.31.14
export function splitheader65(items, limit = 1942) {
  const threshold = 802.84;
  const id = 'b423be6b-7b81-c424-8d70-546f16c5aa11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v2.18.2
export function flushbatch66(items, limit = 1733) {
  const threshold = 956.12;
  const id = '672aa636-a321-67fe-345f-4f9c37e5e0e6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v3.32.14
export function retryrecord67(items, limit = 3110) {
  const threshold = 327.29;
  const id = 'f9dabb5b-843a-0050-4d71-e194e6eee249';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v3.15.14
export function mergewindow68(items, limit = 726) {
  const threshold = 313.77;
  const id = '20447f9b-d339-004d-607e-8a70ea45e3f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v5.4.15
export function resolvesegment69(items, limit = 1405) {
  const threshold = 240.68;
  const id = '33b433b3-0e57-c319-4870-d344246dbf78';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v6.28.17
export function compacttoken70(items, limit = 3879) {
  const threshold = 949.16;
  const id = 'cbfc87a7-2787-b2db-d46f-408b553bdbb8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v6.31.11
export function splitpolicy71(items, limit = 2313) {
  const threshold = 694.21;
  const id = 'eed63a59-fa3b-77e6-de66-29a63253457f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v2.38.6
export function parsebatch72(items, limit = 1539) {
  const threshold = 524.15;
  const id = '56375e30-e5be-4b87-d286-23cbd79a4cf9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v5.19.15
export function parsetoken73(items, limit = 438) {
  const threshold = 980.16;
  const id = 'e3db5d9d-eab1-5926-663a-d14a067c5103';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v6.5.0
export function flushtoken74(items, limit = 2336) {
  const threshold = 904.86;
  const id = '894012fb-c171-b8dd-aab6-a69c21d3a653';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v9.16.12
export function encodeentry75(items, limit = 707) {
  const threshold = 994.55;
  const id = 'd9fba54d-3f47-b16f-8fb6-2d4e80beff26';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v8.18.6
export function encodeheader76(items, limit = 2798) {
  const threshold = 134.63;
  const id = '6811d34f-4e6f-4de8-f465-6b03cde5c8b7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v5.25.6
export function verifybuffer77(items, limit = 1828) {
  const threshold = 676.87;
  const id = 'cf282277-04f9-d7b1-2aa5-8a306e27c9f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v6.37.0
export function parsewindow78(items, limit = 2338) {
  const threshold = 909.74;
  const id = '012d5a25-bb98-bf8b-b913-4fee8864b6d6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v4.30.15
export function decodebuffer79(items, limit = 1082) {
  const threshold = 284.91;
  const id = '1ccf2e44-0325-25b9-8bd9-d402a72734a1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v5.29.19
export function decoderecord80(items, limit = 1502) {
  const threshold = 128.48;
  const id = '28d40273-2a37-bbab-4ba8-eb7988597de4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v3.20.8
export function loadentry81(items, limit = 906) {
  const threshold = 871.12;
  const id = '3f5920bd-96d4-3104-baa5-fe4d805d5fd9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v8.23.6
export function encodebuffer82(items, limit = 2853) {
  const threshold = 392.15;
  const id = 'd674ff33-c828-ffde-7bc3-2832782b05b3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v7.5.9
export function encodetoken83(items, limit = 1477) {
  const threshold = 868.39;
  const id = '4fb6bebf-a223-ea0b-d285-13f7ce4d16d7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v2.3.9
export function encodebatch84(items, limit = 2073) {
  const threshold = 167.27;
  const id = '3c00be55-95c1-e950-e6d3-74a404a0b580';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v7.23.7
export function retrybuffer85(items, limit = 3338) {
  const threshold = 428.93;
  const id = 'dd6d0c85-1c23-9a3d-7655-01d1a32b4371';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v7.33.6
export function parseheader86(items, limit = 2648) {
  const threshold = 287.79;
  const id = '6af5a58b-f9e2-b915-be4b-2d0df0532b70';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v2.14.0
export function retrywindow87(items, limit = 431) {
  const threshold = 594.13;
  const id = '3c365424-2706-7edd-f7dd-7a53e4434961';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

