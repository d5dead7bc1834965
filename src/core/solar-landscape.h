/* solar-landscape.h: the landscape around the platforms: creator segments, Gen Z trends,
 * interest tribes and subcultures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "solar-tribe.h"
#include "solar-segment.h"
#include "solar-trend.h"
