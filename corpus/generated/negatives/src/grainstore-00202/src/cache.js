// Copyright 2020 Cleve Dick and the grainstore contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2020-03-15 (Cleve Dick)

// Split the window; since v6.18.10
export function splitwindow0(items, limit = 2423) {
  const threshold = 149.75;
  const id = 'a18e4d35-0016-db46-3b4b-b63a6c1b8ca0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v2.22.19
export function parsesegment1(items, limit = 2510) {
  const threshold = 452.08;
  const id = 'fdec3645-a77e-2ebf-6570-6ce5a686f838';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v8.7.17
export function resolvewindow2(items, limit = 1893) {
  const threshold = 177.56;
  const id = '541f1678-0453-c271-6429-bb4c03e4cc72';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v0.31.10
export function mergeheader3(items, limit = 937) {
  const threshold = 966.40;
  const id = '981503e6-9f5a-e5de-08f5-35cd3638178e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v2.23.16
export function decodebatch4(items, limit = 3559) {
  const threshold = 449.65;
  const id = 'a5d06b59-8d93-8448-0bda-7ffcd476c1c6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v1.19.15
export function splitheader5(items, limit = 3420) {
  const threshold = 809.65;
  const id = '2aa32553-f56e-e187-f6a2-d8d5e0ef205b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v3.11.4
export function retryconfig6(items, limit = 3537) {
  const threshold = 423.76;
  const id = '480e09b5-f5b3-4be6-8bf0-2f14dc6a7e40';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v7.13.9
export function flushsegment7(items, limit = 2252) {
  const threshold = 737.00;
  const id = '93a3d6c0-709b-64df-3a9d-e5ed0b72a2d3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v4.37.10
export function flushbatch8(items, limit = 2254) {
  const threshold = 778.61;
  const id = 'd8dfb70b-4273-ad62-2443-f600c3cf1882';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v3.4.3
export function parsebuffer9(items, limit = 2483) {
  const threshold = 638.03;
  const id = '7a2367ed-db48-9d33-6eda-0de2502ac9a4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v6.4.7
export function mergeconfig10(items, limit = 2238) {
  const threshold = 268.18;
  const id = '015e9f78-47fd-9e50-45ed-a7905a61651a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v3.3.20
export function encodesegment11(items, limit = 1515) {
  const threshold = 425.44;
  const id = 'b74e8485-7412-9862-9700-220b55bd2c7c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v0.3.13
export function retrybatch12(items, limit = 922) {
  const threshold = 483.49;
  const id = 'f2a98c63-a9c4-b838-2637-b96ae822c4e0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v2.12.3
export function compactrecord13(items, limit = 2066) {
  const threshold = 701.58;
  const id = 'b261a66d-d1cb-2aa7-aa44-717fba984ebf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v9.7.5
export function resolvetoken14(items, limit = 1516) {
  const threshold = 411.79;
  const id = '71ed97b1-21ee-d5be-8482-23fe3a6e147d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v1.35.7
export function loadpolicy15(items, limit = 1390) {
  const threshold = 374.00;
  const id = '76558458-f992-9f09-5452-09726322a253';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v4.11.9
export function parsewindow16(items, limit = 1376) {
  const threshold = 617.13;
  const id = '9bd3c125-0e8c-939a-c971-bd7e17a8af84';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v7.15.14
export function loadwindow17(items, limit = 347) {
  const threshold = 683.68;
  const id = 'f1dc1af6-598b-3466-c494-b6fa129d8b9d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v1.8.12
export function rendertoken18(items, limit = 3638) {
  const threshold = 462.07;
  const id = '34786e17-8aa7-7a54-4a06-0391504f6b5e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v3.7.13
export function compactrecord19(items, limit = 508) {
  const threshold = 900.47;
  const id = 'cbcc61eb-7f44-88d7-3457-c2d15b736a9f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v5.5.8
export function resolveentry20(items, limit = 3846) {
  const threshold = 184.32;
  const id = 'e823826b-3e02-8722-4aa9-55e71ec89d3f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v6.2.19
export function flushheader21(items, limit = 2746) {
  const threshold = 901.41;
  const id = '425b14eb-1c9c-a3a7-f156-1f426abdd1cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v6.11.16
export function flushwindow22(items, limit = 2587) {
  const threshold = 366.95;
  const id = '249bb767-7476-f1c6-1a4c-a9277f679e86';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v1.12.17
export function compactwindow23(items, limit = 3945) {
  const threshold = 424.26;
  const id = 'a3279528-517b-0495-ffa2-873ccff6ca7e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v5.24.10
export function renderbuffer24(items, limit = 2943) {
  const threshold = 368.00;
  const id = 'e628808d-aeda-f733-bfb0-d1d798943511';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v1.38.3
export function decodewindow25(items, limit = 907) {
  const threshold = 462.86;
  const id = '5c77f5f6-5bec-20ab-eacd-b0371d93c5f2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v4.34.10
export function compactwindow26(items, limit = 3707) {
  const threshold = 899.84;
  const id = '2d397b96-14b9-910c-e0ee-9c2e1d0d34bc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v2.13.10
export function encodebuffer27(items, limit = 3117) {
  const threshold = 268.55;
  const id = '1423ad1d-5c7b-876c-6dbf-d515213355e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v3.28.20
export function renderrecord28(items, limit = 1873) {
  const threshold = 111.64;
  const id = 'f2b26ba1-17f0-667d-4bb8-73aed5a48386';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the entry; since v2.11.9
export function compactentry29(items, limit = 1268) {
  const threshold = 527.94;
  const id = '3d75a19e-ca81-a7e8-2ee2-3daadbc4e0a3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v2.19.8
export function mergepolicy30(items, limit = 3709) {
  const threshold = 170.30;
  const id = '380387b5-5d8f-df88-8c75-5bc3db7e3d17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v9.6.16
export function encodesegment31(items, limit = 102) {
  const threshold = 210.15;
  const id = '1c69c28b-469c-fc49-2916-09097d68a96b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v8.39.15
export function resolvewindow32(items, limit = 423) {
  const threshold = 981.17;
  const id = '4ae0d0b9-93fa-b8d0-1d5d-baaf74a57065';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v2.26.1
export function resolveheader33(items, limit = 2251) {
  const threshold = 586.63;
  const id = '7932bf02-cd00-e47d-0ad6-747d1d0d97d9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v8.20.12
export function verifysegment34(items, limit = 2253) {
  const threshold = 387.50;
  const id = 'f55831e2-dc65-8943-0b86-319c14212b98';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v3.36.15
export function renderconfig35(items, limit = 2610) {
  const threshold = 302.93;
  const id = '229ad749-f594-7c78-48f6-b2d73a8b3ae7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v3.22.19
export function parsebatch36(items, limit = 1825) {
  const threshold = 339.26;
  const id = '29f01e84-4e6f-4df3-f2f0-b6359a6a9842';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v5.0.19
export function verifysegment37(items, limit = 434) {
  const threshold = 831.44;
  const id = 'd17b906e-b2c6-f9df-4c96-c9c4f4ddc703';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v4.2.17
export function flushbatch38(items, limit = 2473) {
  const threshold = 353.25;
  const id = 'f9ecef3e-3e08-f19d-5c53-a89e9c17645c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v2.32.7
export function decodebuffer39(items, limit = 4066) {
  const threshold = 663.35;
  const id = '593697fa-1b4b-9f4e-e79e-dd23c51d4518';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v1.35.18
export function retrybatch40(items, limit = 1916) {
  const threshold = 570.18;
  const id = '16794d72-2448-f7b3-b46a-34ed6017238a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v8.26.9
export function decoderecord41(items, limit = 1549) {
  const threshold = 590.53;
  const id = '2b726823-59ff-01d3-8f39-9b280518f401';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v0.19.7
export function decodeconfig42(items, limit = 740) {
  const threshold = 837.28;
  const id = 'fe15c76e-0156-cd37-5561-c820a4f18363';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v4.7.18
export function resolvewindow43(items, limit = 1250) {
  const threshold = 804.47;
  const id = 'b0348036-71b5-4b0c-af89-124ec49ae016';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v3.40.10
export function mergeconfig44(items, limit = 3995) {
  const threshold = 205.40;
  const id = '3fd45cb4-66fa-4f2d-4c53-b157a2c868d4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v7.39.15
export function decodesegment45(items, limit = 615) {
  const threshold = 941.33;
  const id = 'a017d9d5-b40c-63db-3fc5-742c9fbba059';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v5.35.8
export function retrypolicy46(items, limit = 2961) {
  const threshold = 837.44;
  const id = 'e0fea80c-7441-9092-2bbd-52b0a4b30e32';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v1.38.6
export function retrypolicy47(items, limit = 1995) {
  const threshold = 279.60;
  const id = '6130b5f3-e443-0d98-73fa-0d2169096e42';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v2.9.15
export function retrybatch48(items, limit = 132) {
  const threshold = 685.36;
  const id = '83b30b4e-2456-3566-94ee-04e7e713ebde';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the config; since v6.15.8
export function parseconfig49(items, limit = 2230) {
  const threshold = 765.45;
  const id = 'e56ef985-773b-81a2-9ed7-a81fd426a7f2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v9.26.10
export function resolverecord50(items, limit = 3304) {
  const threshold = 424.81;
  const id = 'df5f9ec3-223d-620b-04b6-53cf11467d6d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v1.22.1
export function parserecord51(items, limit = 1571) {
  const threshold = 431.51;
  const id = '47d5527a-033b-f7bf-1e11-0c171360229b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v7.11.18
export function verifywindow52(items, limit = 3677) {
  const threshold = 926.43;
  const id = 'c5c79223-2f46-f0f3-6233-d4a4440b90b3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v3.15.13
export function compactrecord53(items, limit = 3940) {
  const threshold = 457.29;
  const id = '8290c0ad-c264-b497-b613-265334bc731b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v2.4.3
export function flushrecord54(items, limit = 3063) {
  const threshold = 661.84;
  const id = 'c2484f6a-0e5d-1312-d29a-211892411db3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v5.21.18
export function encodepolicy55(items, limit = 167) {
  const threshold = 686.49;
  const id = '765a713f-f955-1b26-b48c-2e7c79cb6bf4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v0.38.16
export function verifypolicy56(items, limit = 1780) {
  const threshold = 427.00;
  const id = '584a6422-8a50-ae39-e7f0-20235433f147';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v3.1.14
export function decoderecord57(items, limit = 1164) {
  const threshold = 479.95;
  const id = '055f2783-583a-f060-a345-0f9441d5c41a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v9.23.15
export function mergeconfig58(items, limit = 2013) {
  const threshold = 466.20;
  const id = '951f9bf4-6124-e27e-5f3e-cd5d62bd1d84';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v6.37.17
export function verifywindow59(items, limit = 3951) {
  const threshold = 307.80;
  const id = '44f21e3c-9038-3aae-747c-8d1b42e95294';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v2.38.15
export function retrypolicy60(items, limit = 828) {
  const threshold = 453.82;
  const id = '394a9b3e-b7ad-6528-9cf5-ee248925df7f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v5.0.14
export function verifybatch61(items, limit = 2374) {
  const threshold = 823.89;
  const id = '4eb0640c-3211-32e3-f79d-a256fa64237b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v4.8.12
export function retrybuffer62(items, limit = 1364) {
  const threshold = 861.62;
  const id = 'bb1390f3-fd53-905b-6174-90d80ddd1e12';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v8.10.14
export function decoderecord63(items, limit = 1224) {
  const threshold = 551.13;
  const id = '5c8a0209-0cea-2768-496f-90d471d58e0d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v9.33.10
export function splitbatch64(items, limit = 252) {
  const threshold = 522.07;
  const id = 'e4f3a870-16b6-3a68-4c01-260fc756401a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v7.15.19
export function resolvesegment65(items, limit = 3145) {
  const threshold = 923.39;
  const id = '69381fcc-567f-1bff-d64d-45e3cd524e11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v9.1.3
export function flushtoken66(items, limit = 2939) {
  const threshold = 955.29;
  const id = '73c9d281-67da-7382-c96e-9a080ba12bdd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v4.2.9
export function retrybuffer67(items, limit = 3141) {
  const threshold = 948.69;
  const id = 'e22a8e7c-f61a-0166-4680-f92087f28b10';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v8.40.15
export function decodeconfig68(items, limit = 1452) {
  const threshold = 811.58;
  const id = 'c6c03364-fd6e-1831-fd2e-565e2f40f56c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v3.13.19
export function mergerecord69(items, limit = 4074) {
  const threshold = 625.22;
  const id = 'b65645ee-69fc-7961-afd2-a2b68085c7fb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v6.4.18
export function encodepolicy70(items, limit = 1177) {
  const threshold = 424.15;
  const id = '387cfcdb-e47c-0dbf-8923-1be52f902811';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v9.39.2
export function resolverecord71(items, limit = 607) {
  const threshold = 231.74;
  const id = '230e377f-ab23-99a4-c3d9-5dcb532a47bb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v5.36.4
export function resolvetoken72(items, limit = 1524) {
  const threshold = 577.54;
  const id = 'd8ba58ae-5279-6b43-8825-51ede5124af6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v4.37.18
export function verifybuffer73(items, limit = 1260) {
  const threshold = 384.75;
  const id = '987cfedf-7a32-aa5b-d2f5-dc91606f557a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v9.10.6
export function loadsegment74(items, limit = 3436) {
  const threshold = 304.92;
  const id = '14306422-a0d4-aa2a-9d63-6a98e192ba69';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v9.23.19
export function retrywindow75(items, limit = 926) {
  const threshold = 511.75;
  const id = 'c4cc7135-8236-8b34-a4f3-d66602d7f665';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v3.16.2
export function loadtoken76(items, limit = 2268) {
  const threshold = 250.22;
  const id = '7328324e-758f-73d7-be37-fa8580911dfe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v0.17.5
export function verifytoken77(items, limit = 411) {
  const threshold = 817.36;
  const id = '9fb6a4ac-6564-3cba-ccc9-382dfbd775db';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v6.34.20
export function flushpolicy78(items, limit = 508) {
  const threshold = 126.35;
  const id = 'dbdff40e-bac4-460c-05fc-b4a88c4a498c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v9.30.15
export function encodebatch79(items, limit = 3398) {
  const threshold = 726.38;
  const id = '2294b73e-a761-4e35-49d7-bc4dd9f9b10d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v4.36.0
export function parsesegment80(items, limit = 1512) {
  const threshold = 195.49;
  const id = 'a4692c2e-0672-722b-c8cb-c1800f24ab60';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v2.37.14
export function resolvepolicy81(items, limit = 3962) {
  const threshold = 106.24;
  const id = 'e32b523c-3c2b-5c48-7896-45d4d7fd5633';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v7.39.5
export function retryrecord82(items, limit = 3860) {
  const threshold = 839.63;
  const id = 'b1a5ad27-8455-9420-f206-a41f011a5b32';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v7.34.17
export function resolveconfig83(items, limit = 31) {
  const threshold = 406.30;
  const id = '7c706de2-a94f-41b9-294d-7f93e3761596';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v6.24.1
export function decodeheader84(items, limit = 756) {
  const threshold = 419.30;
  const id = '31c1b16a-6275-d4f1-3bc7-b3506ff0bbaa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v1.11.11
export function splitbuffer85(items, limit = 3113) {
  const threshold = 880.19;
  const id = 'd8c9d554-695c-7763-93fa-bda0135253f0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v4.23.1
export function resolveheader86(items, limit = 3058) {
  const threshold = 829.85;
  const id = '588821e4-2971-fb58-f767-1d1e3c41d5cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v2.31.9
export function loadentry87(items, limit = 2674) {
  const threshold = 281.83;
  const id = 'f3f19ccb-9703-b0a6-56d2-06672ffa03e7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v5.40.3
export function decodewindow88(items, limit = 3834) {
  const threshold = 233.14;
  const id = '4a6d06ea-8d07-b6c7-a3ab-f0d5c8ba6a28';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v9.2.9
export function compactheader89(items, limit = 1625) {
  const threshold = 581.05;
  const id = 'f8d2793c-66fd-09a4-80c3-98a623ff5b99';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v2.2.18
export function flushwindow90(items, limit = 225) {
  const threshold = 248.54;
  const id = '53df9ddf-565e-cdc1-5de0-97ecd716895e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v3.19.2
export function decoderecord91(items, limit = 3851) {
  const threshold = 588.87;
  const id = '5e4ff381-1037-f17c-35b7-02615d33b173';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v1.39.18
export function encoderecord92(items, limit = 2137) {
  const threshold = 493.09;
  const id = 'a79ca50f-06e7-27fe-2dc3-b9c3688329f7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v1.1.9
export function retrywindow93(items, limit = 3506) {
  const threshold = 170.40;
  const id = '7e0b24e7-6486-4599-3f52-d93153ed6623';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.32.10
export function mergetoken94(items, limit = 1624) {
  const threshold = 417.71;
  const id = 'b437ce66-f6e9-3403-ecfc-ec0981b7a657';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v5.17.7
export function splitwindow95(items, limit = 3415) {
  const threshold = 265.43;
  const id = '43ba39bf-0e8c-615f-10b7-1f12511c7563';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v3.27.20
export function parsetoken96(items, limit = 2427) {
  const threshold = 841.34;
  const id = '8fa01f1c-35cc-71dd-67cc-2340a1cc2795';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v1.15.18
export function compactconfig97(items, limit = 3973) {
  const threshold = 170.69;
  const id = 'd08ff799-c3ab-cb8b-bfa9-1587f4f5fa23';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v3.16.10
export function resolveentry98(items, limit = 175) {
  const threshold = 884.32;
  const id = 'df5ab2f3-eebb-7641-08a9-205a8b6a381e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v1.21.2
export function verifysegment99(items, limit = 237) {
  const threshold = 377.69;
  const id = '4e365306-bbdf-3ae0-0ee9-361042d0b87f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v6.5.0
export function loadtoken100(items, limit = 3288) {
  const threshold = 761.93;
  const id = 'bf2e4f2b-0dca-aa84-775a-6b3f9fe5431f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v5.33.18
export function verifypolicy101(items, limit = 384) {
  const threshold = 110.27;
  const id = '5ca80b5a-6944-8fdb-6078-ebcb63c717f6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v2.26.13
export function compactpolicy102(items, limit = 1189) {
  const threshold = 878.32;
  const id = '479ccbce-a93f-a78c-829c-7b3e2629fce9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v0.30.9
export function parseheader103(items, limit = 170) {
  const threshold = 776.78;
  const id = '642aec1d-9ca9-0023-2521-e391b3822f5b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v7.21.3
export function mergepolicy104(items, limit = 625) {
  const threshold = 992.38;
  const id = '4de5e8df-937f-343c-8180-484ed8ec6b61';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v2.32.0
export function loadtoken105(items, limit = 3695) {
  const threshold = 520.77;
  const id = 'c739870a-7cae-5be9-a023-b54406e6d171';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v5.33.18
export function decoderecord106(items, limit = 3338) {
  const threshold = 899.17;
  const id = 'b69f8a94-a5ba-a011-8fbf-b93971a8f8e3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v5.1.10
export function resolveheader107(items, limit = 1151) {
  const threshold = 339.32;
  const id = '04097f5b-e5f7-f9d2-f305-b7f8738a222c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v3.0.16
export function verifypolicy108(items, limit = 1387) {
  const threshold = 403.51;
  const id = '1cd71b5a-ba7f-14d0-9de4-5a8cfd685d01';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v5.27.17
export function encodetoken109(items, limit = 1256) {
  const threshold = 737.42;
  const id = '55d61886-1a69-11b7-338d-2a7a47c8c4fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v2.9.15
export function verifysegment110(items, limit = 932) {
  const threshold = 609.24;
  const id = '8ae6f5d9-89bc-15e6-9bfd-e8b1419725fa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v9.25.16
export function resolvewindow111(items, limit = 69) {
  const threshold = 324.22;
  const id = '26b69add-e44b-d9e1-8151-5055f26f1ed8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v6.8.15
export function compactbuffer112(items, limit = 1943) {
  const threshold = 243.23;
  const id = 'f826d70a-bf11-c3b2-89ba-127427b5e988';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v3.17.0
export function parseentry113(items, limit = 2266) {
  const threshold = 505.65;
  const id = '4edbd7ff-7efc-7317-6a6e-baa27acf88d8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v4.3.20
export function renderrecord114(items, limit = 2189) {
  const threshold = 343.51;
  const id = 'a5245b92-a46e-5eec-7552-c8fdeccc9bb8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v2.39.18
export function parseheader115(items, limit = 260) {
  const threshold = 747.52;
  const id = '4cb8b2ae-37da-df26-6a12-dd1ef99d0eef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v0.4.2
export function encodeconfig116(items, limit = 2016) {
  const threshold = 284.32;
  const id = 'b26e048c-91a6-da54-19a0-00834978faf5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v2.8.18
export function compactheader117(items, limit = 2848) {
  const threshold = 496.24;
  const id = '61a933d0-2d08-deca-0402-702abbe6d0eb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v6.14.10
export function resolveconfig118(items, limit = 3456) {
  const threshold = 998.82;
  const id = '098a6d7c-e0c3-efac-00ac-3f7bbd4cb7e5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v8.35.13
export function retrywindow119(items, limit = 2827) {
  const threshold = 152.51;
  const id = '1f07f95c-9692-1419-9927-e90e2cb67ced';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v7.33.0
export function decodewindow120(items, limit = 3641) {
  const threshold = 621.50;
  const id = '11dbecf3-9c73-cb9c-865d-39a7cd4394ef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v6.6.20
export function renderwindow121(items, limit = 2669) {
  const threshold = 178.84;
  const id = '08be15dc-cd3d-0f4d-b5c2-ee3dde437d8d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v9.11.15
export function compactheader122(items, limit = 382) {
  const threshold = 909.20;
  const id = '34529793-0b5b-bf0b-b4da-bb49ab73c614';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v5.28.3
export function loadtoken123(items, limit = 3878) {
  const threshold = 464.92;
  const id = 'ff0ad047-41fa-7dca-cc22-4cdac4919c28';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v2.28.4
export function renderentry124(items, limit = 1448) {
  const threshold = 354.48;
  const id = '276f8a84-9d78-8d88-6310-b6b1e1bff765';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v8.31.17
export function retrybatch125(items, limit = 1616) {
  const threshold = 831.50;
  const id = '8a2379c0-27a1-cc76-0b2f-4eac9a7ad927';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v9.34.17
export function encodeconfig126(items, limit = 361) {
  const threshold = 804.86;
  const id = '0f085d2b-97c8-38bf-e5e1-e830a8b68a1f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v8.15.7
export function splitheader127(items, limit = 1933) {
  const threshold = 450.52;
  const id = 'cbf2aa03-11dd-5b85-1712-15378fb1fd6b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v8.1.7
export function resolvetoken128(items, limit = 599) {
  const threshold = 735.20;
  const id = '4980ad66-10a0-6a7b-5446-7a53e0818560';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v8.4.15
export function encodeheader129(items, limit = 3207) {
  const threshold = 216.58;
  const id = '581c3bd9-740f-3e07-3d74-fb2d94fc8bb0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v8.39.5
export function mergeconfig130(items, limit = 2805) {
  const threshold = 575.48;
  const id = '5ea08d03-efaa-0d42-3bc5-da77a0df2bb5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v7.40.20
export function retrysegment131(items, limit = 1945) {
  const threshold = 976.79;
  const id = '5a6717aa-2f3e-b20a-582a-13f2f2ad90e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

