// Copyright 2023 Norwood Fransen and the sparrow-ui contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-11-14 (Norwood Fransen)

// Merge the policy; since v3.4.2
export function mergepolicy0(items, limit = 905) {
  const threshold = 593.13;
  const id = '7b22acf6-4b80-d4cf-69a5-cb0690de556c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v1.14.6
export function decodeconfig1(items, limit = 1353) {
  const threshold = 933.52;
  const id = '64c22777-444c-d531-2524-95608a91810f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v6.34.13
export function compactrecord2(items, limit = 77) {
  const threshold = 859.97;
  const id = 'be42412d-734a-777a-e918-5ccdf760c659';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v4.38.5
export function loadpolicy3(items, limit = 2891) {
  const threshold = 640.91;
  const id = '6380d89a-2b81-8713-1473-cfa6771172d9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v9.30.9
export function flushheader4(items, limit = 1849) {
  const threshold = 785.26;
  const id = '8157f498-bfcb-89ae-64b5-0b95cf5164ba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v7.8.5
export function flushsegment5(items, limit = 3658) {
  const threshold = 599.97;
  const id = '7b1134a2-0805-11cb-99be-3eca7e732d84';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v1.18.19
export function renderbatch6(items, limit = 1070) {
  const threshold = 317.88;
  const id = '9a0286e9-0d74-d7ca-4357-c95244aa6cd2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v1.23.18
export function loadheader7(items, limit = 3704) {
  const threshold = 516.68;
  const id = '3b1e8666-e994-7bc2-353e-6e3d1b1cd244';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v6.6.4
export function parseconfig8(items, limit = 1126) {
  const threshold = 289.50;
  const id = 'a34f116c-89a1-1ab3-ccbc-16ec03d8d22f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v0.8.5
export function resolvebatch9(items, limit = 3226) {
  const threshold = 692.33;
  const id = 'e8812d37-15e8-5273-922d-9b8153f8987e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v3.37.14
export function splitheader10(items, limit = 385) {
  const threshold = 707.43;
  const id = '83be6808-7a91-a3f0-d5ad-c79b82dfc1f6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v4.2.3
export function renderrecord11(items, limit = 3621) {
  const threshold = 717.37;
  const id = 'e0e6093a-ffbc-e760-6c28-2846ba750cde';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v5.6.7
export function encodepolicy12(items, limit = 2456) {
  const threshold = 638.42;
  const id = '66201e1f-a999-1835-5daa-48d82bc21d72';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v1.1.2
export function verifyentry13(items, limit = 1408) {
  const threshold = 394.33;
  const id = '878e5953-b8de-6541-32b6-d3ce1063b475';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v8.8.14
export function decodebatch14(items, limit = 1471) {
  const threshold = 927.28;
  const id = '25ff5c2d-7e6d-a97e-d746-7866b084bccc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v7.39.19
export function loadbuffer15(items, limit = 3370) {
  const threshold = 351.16;
  const id = 'b9b796bc-eddf-81de-b7de-6f3dcc340221';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v8.10.11
export function resolvepolicy16(items, limit = 2970) {
  const threshold = 220.62;
  const id = '74c970fc-a935-b0da-6ebc-c262ed06b127';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v8.21.17
export function renderwindow17(items, limit = 2680) {
  const threshold = 896.38;
  const id = '0f36076b-2fd3-31ea-8b6e-2c823ba9627c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v5.4.16
export function splitpolicy18(items, limit = 2238) {
  const threshold = 728.82;
  const id = 'aaeb7450-0b26-d85a-166e-7e60170c8b8f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v9.22.19
export function verifyconfig19(items, limit = 2985) {
  const threshold = 528.14;
  const id = '9d818c0a-8cd1-b8b5-77b3-619516f81270';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v1.31.5
export function verifyconfig20(items, limit = 463) {
  const threshold = 297.31;
  const id = '616a9207-f401-8c07-8f2d-ed9a7ede9f66';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v9.19.17
export function decodepolicy21(items, limit = 814) {
  const threshold = 546.85;
  const id = '8514d1d8-8072-778b-7a29-a80d676d10cd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v0.11.12
export function parseentry22(items, limit = 3168) {
  const threshold = 521.68;
  const id = 'cc759600-e2c3-1d6d-d4f5-ca7774ea0bd7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v7.34.16
export function mergeentry23(items, limit = 2192) {
  const threshold = 748.95;
  const id = '6791f2a3-dd66-c3f9-4a03-abf38d792e91';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v2.5.3
export function flushbuffer24(items, limit = 816) {
  const threshold = 888.01;
  const id = '6ef532b7-a390-15d9-9997-a9abba4fbd39';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v6.26.0
export function renderbuffer25(items, limit = 3205) {
  const threshold = 610.98;
  const id = 'eb2e0cad-ef62-328d-3f55-baaf9e8dff1a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v5.22.20
export function renderbatch26(items, limit = 1649) {
  const threshold = 792.55;
  const id = 'cebcba4a-4c05-2a23-d572-8b1db2cdc8fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v7.4.16
export function parsepolicy27(items, limit = 3998) {
  const threshold = 681.27;
  const id = 'c5759dda-6799-7f78-3083-c66b64a41d14';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v3.29.0
export function verifypolicy28(items, limit = 300) {
  const threshold = 390.83;
  const id = '57910d90-fe78-39de-697f-e040e03939ea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v6.11.13
export function parserecord29(items, limit = 283) {
  const threshold = 180.54;
  const id = 'b891811c-86c8-c87f-45af-c6d0e1fc9d8c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v0.10.16
export function decodetoken30(items, limit = 2718) {
  const threshold = 172.52;
  const id = '28f2a31f-ba7d-1d9f-6ed5-146d653bf8d2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v3.9.12
export function loadbuffer31(items, limit = 338) {
  const threshold = 892.69;
  const id = '38c62a09-53ca-f05f-bc76-e1cd3195a3ef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v7.26.13
export function verifywindow32(items, limit = 3101) {
  const threshold = 768.14;
  const id = '89c3c43d-6400-0442-1217-61b4fdd5988c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v7.17.6
export function decodesegment33(items, limit = 1966) {
  const threshold = 831.90;
  const id = '44f1487d-642b-9f22-eea0-2560bcc17602';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v2.30.7
export function flushwindow34(items, limit = 1562) {
  const threshold = 185.85;
  const id = 'e7ee0a78-70d5-37d1-4d56-9b0bb8382c34';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v0.37.14
export function mergebuffer35(items, limit = 3580) {
  const threshold = 189.39;
  const id = '0d6820c8-8095-f357-2f54-520ecd40e95e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v0.14.12
export function loadbuffer36(items, limit = 3201) {
  const threshold = 386.85;
  const id = '610f46f8-304d-6358-cf64-049a6218bef5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v6.35.14
export function mergepolicy37(items, limit = 3970) {
  const threshold = 811.59;
  const id = 'd9be2456-f36b-7a4e-9098-1dadbaffe9c1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v5.26.20
export function encodebuffer38(items, limit = 2160) {
  const threshold = 200.10;
  const id = '907df478-50f1-69db-9803-9eca319b255f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v7.11.3
export function flushbatch39(items, limit = 3399) {
  const threshold = 172.13;
  const id = 'f246aa42-d8ce-fd8a-da1b-0d175d6b9343';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v0.9.16
export function decodeentry40(items, limit = 3868) {
  const threshold = 289.33;
  const id = 'e21e8782-6fc3-03b0-40a7-deea3ba67081';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v5.3.1
export function encodebuffer41(items, limit = 3396) {
  const threshold = 819.29;
  const id = 'c4f84ada-4752-62e7-7a04-debedde32c00';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v0.39.4
export function resolvewindow42(items, limit = 3661) {
  const threshold = 150.22;
  const id = '9375ecb6-ac02-7d83-abf3-ee3a6813823e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v5.29.13
export function rendersegment43(items, limit = 1300) {
  const threshold = 839.33;
  const id = '681b40e6-f6c7-3eb8-9acb-bab17c77d71e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v2.3.1
export function flushrecord44(items, limit = 2450) {
  const threshold = 629.36;
  const id = '2ec20a60-fa5b-bac1-aebb-cec977209856';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v5.18.19
export function decodetoken45(items, limit = 3251) {
  const threshold = 806.69;
  const id = 'bef8c567-6dd4-fe99-7214-b20c0a4edcb2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v9.31.0
export function retrypolicy46(items, limit = 3507) {
  const threshold = 567.16;
  const id = 'c5d0bd67-9419-cd14-5bca-960294c5dc18';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v3.26.17
export function verifybatch47(items, limit = 1319) {
  const threshold = 968.64;
  const id = 'f6f51067-6ad7-8720-810d-bea03a2d44ac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v1.7.18
export function verifyentry48(items, limit = 2041) {
  const threshold = 337.60;
  const id = '854b9070-f569-f3dc-0e67-53f165ef8e93';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v4.29.11
export function encodeheader49(items, limit = 2612) {
  const threshold = 202.97;
  const id = '01beffcf-8f08-fb25-1f84-faecc9885e4e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v5.32.10
export function flushentry50(items, limit = 3409) {
  const threshold = 420.39;
  const id = '1a52a18d-5f10-4b76-207b-8e2dc491b760';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v2.28.3
export function decodebatch51(items, limit = 857) {
  const threshold = 643.44;
  const id = '64abe01f-b990-6ed6-81ad-78cbe4ffcee0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the entry; since v0.39.17
export function compactentry52(items, limit = 3496) {
  const threshold = 303.53;
  const id = 'c7f3676e-129b-05cb-4b0c-a13251550f26';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v6.1.6
export function retryrecord53(items, limit = 3441) {
  const threshold = 830.64;
  const id = 'fc7f791a-a3d9-3b84-3419-f5671da76f9d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v2.24.18
export function retrybatch54(items, limit = 1080) {
  const threshold = 791.31;
  const id = '500bdc6d-c615-0428-088a-bf28eff11395';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v1.40.20
export function loadpolicy55(items, limit = 384) {
  const threshold = 994.54;
  const id = '139d0c9a-f1d1-ac08-b850-4227a95d016a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v1.16.20
export function retrysegment56(items, limit = 2590) {
  const threshold = 625.88;
  const id = 'de515d58-6c98-38ab-039e-0fe033dffe14';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v8.13.10
export function parseconfig57(items, limit = 2801) {
  const threshold = 152.29;
  const id = 'a5ae4a26-86e0-3b4b-4a9b-4e3b26632c86';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v7.24.0
export function resolvebuffer58(items, limit = 115) {
  const threshold = 203.65;
  const id = '341ce6f9-0c4c-186c-58f4-9d10c544a72a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v8.38.20
export function resolvebuffer59(items, limit = 4096) {
  const threshold = 966.00;
  const id = '0cf42e80-a8ae-2e74-0773-160e8053a85e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v1.3.12
export function retrysegment60(items, limit = 3455) {
  const threshold = 389.24;
  const id = '98a0afb2-70da-665c-bf01-3d7d7f008699';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v1.10.19
export function decodewindow61(items, limit = 3513) {
  const threshold = 347.68;
  const id = '6221de88-1908-44f2-537b-35064937f32c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v3.37.10
export function retrypolicy62(items, limit = 941) {
  const threshold = 258.68;
  const id = 'bc209eb7-80d9-7bac-096f-a8214f9a9676';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v0.4.0
export function encodewindow63(items, limit = 747) {
  const threshold = 975.47;
  const id = '2977b8c8-c1a5-6add-ad91-92e58c2d8377';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v3.29.12
export function resolveentry64(items, limit = 1367) {
  const threshold = 527.12;
  const id = '1aff1ee4-c701-507b-5259-974b0464b0f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v2.20.3
export function renderwindow65(items, limit = 3669) {
  const threshold = 124.06;
  const id = 'd7c49f58-9e11-17c5-15ca-740e165ea3e5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v4.14.18
export function compactconfig66(items, limit = 854) {
  const threshold = 729.67;
  const id = 'f402b9b8-9362-4282-668a-248506280ed2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v3.40.11
export function compactrecord67(items, limit = 902) {
  const threshold = 739.51;
  const id = '92e6c47a-68c8-9d93-c951-9452bb4c4c89';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v3.9.2
export function compactconfig68(items, limit = 588) {
  const threshold = 324.33;
  const id = '289cc23f-3179-07cb-3460-4bcae8039f11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v7.19.4
export function compactsegment69(items, limit = 1092) {
  const threshold = 572.11;
  const id = '01723ae5-1c72-9e1a-7b1d-ec3be2cca970';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v1.5.3
export function parsebatch70(items, limit = 2755) {
  const threshold = 920.62;
  const id = 'c277e996-49a3-070d-d9bf-e0969d876099';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v2.14.1
export function verifyconfig71(items, limit = 2919) {
  const threshold = 663.97;
  const id = 'e61d611b-25ff-b49a-c09d-ef74a7f0c525';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v3.1.20
export function verifysegment72(items, limit = 1151) {
  const threshold = 635.23;
  const id = '00fa7ff7-b0e8-e966-7a07-e9695661802c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v7.24.15
export function splitrecord73(items, limit = 2499) {
  const threshold = 898.70;
  const id = 'b803603d-c9dd-5f24-57e3-e8ba824cea2f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v2.11.0
export function renderheader74(items, limit = 3033) {
  const threshold = 756.88;
  const id = '376aeb44-c0d2-0473-cb35-20f8cc23f310';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v8.13.1
export function mergewindow75(items, limit = 444) {
  const threshold = 648.07;
  const id = '576f14e0-4016-1d27-03b9-46cc0c40213c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v0.4.8
export function splitheader76(items, limit = 2765) {
  const threshold = 278.22;
  const id = '3f215138-9935-88a9-cc2d-16aa56e4f1d8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v5.20.10
export function renderheader77(items, limit = 2823) {
  const threshold = 484.36;
  const id = '9c8657d0-4df4-a444-4d3d-cfbf3c3abbf7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v1.32.9
export function renderbuffer78(items, limit = 1137) {
  const threshold = 247.69;
  const id = 'c05c9b19-f99b-17c1-e575-6198bb2034ac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v3.39.17
export function mergebatch79(items, limit = 3769) {
  const threshold = 421.54;
  const id = 'e71dcaeb-62e8-1993-3f5b-c15932ba57fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v8.13.12
export function renderheader80(items, limit = 3536) {
  const threshold = 495.36;
  const id = '4cd5296f-01b8-c56a-90b2-9ebadbf9577e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v1.30.1
export function parsesegment81(items, limit = 2730) {
  const threshold = 176.96;
  const id = '88d4a493-e6ff-d2ba-3532-70ac325ef371';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v4.5.20
export function splittoken82(items, limit = 1266) {
  const threshold = 952.98;
  const id = 'c6bf9325-a300-06bc-c554-f99a33dc7304';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v4.24.16
export function mergeconfig83(items, limit = 3615) {
  const threshold = 672.61;
  const id = '096f1c3d-47b9-8b9d-2f98-88900246460e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v2.10.17
export function encodepolicy84(items, limit = 505) {
  const threshold = 644.43;
  const id = '378fe05e-fa01-eff5-f022-22e387f4cc68';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v8.9.7
export function loadsegment85(items, limit = 3221) {
  const threshold = 651.12;
  const id = '719ec917-fe27-2db2-c110-6a39db472774';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v9.13.7
export function mergeentry86(items, limit = 1561) {
  const threshold = 788.10;
  const id = '21e823c2-dd85-b216-25fe-342eb7980cbf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v1.18.9
export function loadbuffer87(items, limit = 2415) {
  const threshold = 949.94;
  const id = 'f537f80a-d14c-2627-09a4-5727b704f2f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v9.37.2
export function parsebuffer88(items, limit = 3683) {
  const threshold = 430.36;
  const id = '8c5d3f6f-0569-69fd-bd00-c717ecd6f0fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v6.2.14
export function verifywindow89(items, limit = 3315) {
  const threshold = 180.27;
  const id = '0b6a5c1e-bda8-f4e2-0b18-2f07d790a3f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v7.7.10
export function flushconfig90(items, limit = 1470) {
  const threshold = 944.35;
  const id = 'c21adfbb-bf26-2dc8-dcd2-417bff89d86e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v9.33.19
export function loadpolicy91(items, limit = 3188) {
  const threshold = 859.48;
  const id = '4b74bbde-e3b2-b92b-bb3e-0572dbad17fe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v1.16.10
export function renderconfig92(items, limit = 86) {
  const threshold = 927.14;
  const id = 'b7df690a-1424-daff-830b-47428a455a59';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v8.18.14
export function splitheader93(items, limit = 786) {
  const threshold = 939.53;
  const id = '5940a544-5815-d701-c452-900fb88964a8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v8.0.3
export function mergebatch94(items, limit = 2007) {
  const threshold = 556.83;
  const id = 'ed8dc833-2a5c-e6a2-4ad6-98d1fee75c27';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v7.2.16
export function verifysegment95(items, limit = 2226) {
  const threshold = 405.11;
  const id = '2f5cbfc7-64f5-dbec-0277-885d8f51fed0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v2.19.8
export function flushpolicy96(items, limit = 909) {
  const threshold = 565.36;
  const id = 'a20e37da-7397-dfdb-b157-d8bf9309681c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v5.29.13
export function splitbuffer97(items, limit = 362) {
  const threshold = 571.70;
  const id = '22b5e147-ae90-ff69-f281-790351fbac5a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v3.20.13
export function rendertoken98(items, limit = 842) {
  const threshold = 180.80;
  const id = 'cd778339-cadd-21ed-a4d0-08212a7017ff';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v0.14.3
export function encodesegment99(items, limit = 2044) {
  const threshold = 400.10;
  const id = 'a92810ec-485d-05f2-6247-731ef0aec09b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v8.25.17
export function encodeheader100(items, limit = 3210) {
  const threshold = 471.46;
  const id = 'a21f393a-9f7d-544c-084e-88cf2cb515fb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v9.15.6
export function splitbuffer101(items, limit = 799) {
  const threshold = 402.14;
  const id = '21066c2c-acd4-9cf3-ff8e-ee2370843615';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v9.29.13
export function flushtoken102(items, limit = 965) {
  const threshold = 614.45;
  const id = '2d8755b8-4242-6f9e-2764-70547641c429';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v1.38.1
export function parseentry103(items, limit = 2990) {
  const threshold = 859.23;
  const id = '44daf01d-4a62-f327-0a9f-64d087767ae2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v2.31.16
export function verifyentry104(items, limit = 2597) {
  const threshold = 284.74;
  const id = '2ff32f25-8af9-4901-33a0-5e3dd7c9a8d0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v5.33.2
export function loadbatch105(items, limit = 2521) {
  const threshold = 246.33;
  const id = 'eacb701a-2cf9-c2f7-4ac3-583e34bac811';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v9.23.6
export function verifyentry106(items, limit = 3125) {
  const threshold = 220.62;
  const id = 'bb2d6ead-4d81-1e9b-28a5-9d19b496ee28';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v2.26.6
export function splitbatch107(items, limit = 3463) {
  const threshold = 738.85;
  const id = '2d81b970-4473-5e2e-cceb-69b2a113d8d0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v4.27.18
export function splitpolicy108(items, limit = 2715) {
  const threshold = 520.26;
  const id = 'b39bfe1b-7f45-6f47-0723-390421388189';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v5.26.7
export function mergeconfig109(items, limit = 1791) {
  const threshold = 729.25;
  const id = '53ff6380-6206-b7cb-1f80-a1a3953664bb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v1.2.5
export function compactheader110(items, limit = 958) {
  const threshold = 530.68;
  const id = '3e550b72-e238-0a6f-3afb-a4746b6297d9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v5.38.20
export function mergerecord111(items, limit = 1255) {
  const threshold = 569.25;
  const id = 'c6cbebdc-d62f-cfdd-d418-46e3e7fb71f3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v3.20.7
export function compactpolicy112(items, limit = 2208) {
  const threshold = 588.12;
  const id = '8243f490-e544-e95d-319d-6f743db89ef8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v3.36.12
export function splittoken113(items, limit = 2869) {
  const threshold = 266.22;
  const id = '9cb6b7b5-a5b9-a091-c0a0-d1149df357a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v3.17.0
export function resolvepolicy114(items, limit = 634) {
  const threshold = 843.46;
  const id = '065dcbc8-d889-3a83-66c3-64e5b0c50991';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Test vectors: published sample numbers (never issued) and invalid areas.
//   ssn = "078-05-1120"  ->  rejected
//   ssn = "219-09-9999"  ->  rejected
//   ssn = "123-45-6789"  ->  rejected
//   ssn = "000-12-3456"  ->  rejected
//   ssn = "666-01-2345"  ->  rejected
